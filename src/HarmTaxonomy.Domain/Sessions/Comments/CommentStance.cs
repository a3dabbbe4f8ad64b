namespace HarmTaxonomy.Domain.Sessions.Comments;

/// <summary>Where a comment stands on its item: for it, against it, or asking about it.</summary>
public enum CommentStance
{
    For,
    Against,
    Question,
}

public static class CommentStances
{
    public static string ToValue(this CommentStance stance) => stance.ToString().ToLowerInvariant();

    public static CommentStance? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "for" => CommentStance.For,
        "against" => CommentStance.Against,
        "question" => CommentStance.Question,
        _ => null,
    };
}
