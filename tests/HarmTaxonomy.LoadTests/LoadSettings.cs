namespace HarmTaxonomy.LoadTests;

/// <summary>What one run of the load tool does, as read from the command line (see <see cref="LoadCommand"/>).</summary>
public sealed record LoadSettings
{
    public required Uri Url { get; init; }

    public int Participants { get; init; }

    public int Observers { get; init; }

    public int? Voters { get; init; }

    public double Rate { get; init; }

    public TimeSpan Duration { get; init; }

    public double RetryRate { get; init; }

    public bool Idle { get; init; }

    public bool Saturate { get; init; }

    public string? SessionCode { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string Taxonomy { get; init; } = "community-harms-demo";

    public int? Items { get; init; }

    public int? ServerPid { get; init; }

    public string? Database { get; init; }

    public int? DatabasePid { get; init; }

    public TimeSpan RawInsertDuration { get; init; }

    public int ConnectConcurrency { get; init; }

    public bool Json { get; init; }

    public FileInfo? JsonOut { get; init; }

    /// <summary>Participants that send votes: all of them, or with <c>--idle</c> only the first <c>--voters</c> (200 by default).</summary>
    public int VoterCount => Math.Min(Participants, Voters ?? (Idle ? 200 : Participants));

    /// <summary>
    /// Statements to seed: each voter votes on each item at most once, so there must be at least as many items as the
    /// votes one voter sends in the run (a few more, so the round robin never runs dry).
    /// </summary>
    public int ItemCount => Items ?? (Saturate
        ? 200
        : Math.Max(12, (int)Math.Ceiling(Rate * Duration.TotalSeconds / Math.Max(1, VoterCount)) + 4));
}
