namespace HarmTaxonomy.Benchmarks.Analysis.Generating;

/// <summary>
/// How big a synthetic conversation is: exactly this many participants (each with at least one vote), items (each
/// with at least one vote) and votes. The seed fixes everything else.
/// </summary>
public sealed record ConversationShape(string Name, int Participants, int Items, int Votes, int Seed = 6)
{
    /// <summary>The size issue 6 sets the one-second target for.</summary>
    public static ConversationShape Target { get; } = new("2k x 1k, 200k", 2_000, 1_000, 200_000);

    /// <summary>The size of Polis's largest public conversation, which Polis's Python port analyses in 87 s.</summary>
    public static ConversationShape PolisLargest { get; } = new("7,890 x 7,753, 1.03M", 7_890, 7_753, 1_030_000);

    public override string ToString() => Name;
}
