namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>The files of a Polis export, by kind.</summary>
public enum PolisFileKind
{
    Other,
    Summary,
    Comments,
    Votes,
    ParticipantVotes,
    CommentGroups,
}

/// <summary>
/// The names Polis gives the files of an export, and how an uploaded file is recognised as one of them. Polis's
/// own downloads put a prefix in front (<c>2024-10-23-abc123-comments.csv</c>) and its older zips a folder, so a
/// name is matched by how it ends, the longer names first (<c>participant-votes.csv</c> also ends in
/// <c>votes.csv</c>).
/// </summary>
public static class PolisFiles
{
    public const string Summary = "summary.csv";
    public const string Comments = "comments.csv";
    public const string Votes = "votes.csv";
    public const string ParticipantVotes = "participant-votes.csv";
    public const string CommentGroups = "comment-groups.csv";

    /// <summary>Every file an export of this app holds, in the order they are written.</summary>
    public static IReadOnlyList<string> InExport { get; } = [Summary, Comments, Votes, ParticipantVotes, CommentGroups];

    private static readonly (string Ending, PolisFileKind Kind)[] Endings =
    [
        ("participant-votes.csv", PolisFileKind.ParticipantVotes),
        ("participants-votes.csv", PolisFileKind.ParticipantVotes),
        ("comment-groups.csv", PolisFileKind.CommentGroups),
        ("summary.csv", PolisFileKind.Summary),
        ("comments.csv", PolisFileKind.Comments),
        ("votes.csv", PolisFileKind.Votes),
    ];

    /// <summary>
    /// The kind of a file from its name (a path inside a zip, a file name or a form field's name such as
    /// <c>votes</c>), or <see cref="PolisFileKind.Other"/>.
    /// </summary>
    public static PolisFileKind Classify(string? name)
    {
        var file = (name ?? "").Replace('\\', '/');
        file = file[(file.LastIndexOf('/') + 1)..].Trim().ToLowerInvariant();
        if (!file.EndsWith(".csv", StringComparison.Ordinal))
        {
            file += ".csv";
        }

        foreach (var (ending, kind) in Endings)
        {
            if (file == ending || file.EndsWith("-" + ending, StringComparison.Ordinal) || file.EndsWith("_" + ending, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return PolisFileKind.Other;
    }

    /// <summary>The name Polis gives a file of this kind, as errors name it.</summary>
    public static string NameOf(PolisFileKind kind) => kind switch
    {
        PolisFileKind.Summary => Summary,
        PolisFileKind.Comments => Comments,
        PolisFileKind.Votes => Votes,
        PolisFileKind.ParticipantVotes => ParticipantVotes,
        PolisFileKind.CommentGroups => CommentGroups,
        _ => "other",
    };
}
