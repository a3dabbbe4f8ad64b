namespace HarmTaxonomy.Domain.Sessions.Voting;

/// <summary>A participant's answer to an item. Pass means “seen, no opinion” and is counted as such.</summary>
public enum VoteValue
{
    Agree,
    Disagree,
    Pass,
}

public static class VoteValues
{
    public static string ToValue(this VoteValue value) => value.ToString().ToLowerInvariant();

    /// <summary>Only the exact words <c>agree</c>, <c>disagree</c> and <c>pass</c> (any case) are votes.</summary>
    public static VoteValue? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "agree" => VoteValue.Agree,
        "disagree" => VoteValue.Disagree,
        "pass" => VoteValue.Pass,
        _ => null,
    };
}
