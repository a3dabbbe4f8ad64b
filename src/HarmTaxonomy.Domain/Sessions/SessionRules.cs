using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Sessions;

/// <summary>The limits every input to a session is held to, with the message a person sees next to the field.</summary>
public static class SessionRules
{
    public const int MaxTitle = 200;
    public const int MaxPrompt = 10_000;
    public const int MaxStatement = 280;
    public const int MaxComment = 4_000;
    public const int MaxReason = 500;
    public const int MaxSummary = 10_000;
    public const int MaxClientVoteId = 64;
    public const int MaxReplyDepth = 3;
    public const int MaxLanguages = 20;
    public static readonly TimeSpan MaxTimer = TimeSpan.FromHours(12);

    public static string Title(string? title) => Required("title", title, MaxTitle, "a title");

    public static string Prompt(string? prompt) => Limited("prompt", prompt, MaxPrompt);

    public static string Statement(string? text, string field = "text") => Required(field, text, MaxStatement, "the statement");

    public static string Comment(string? markdown) => Required("markdown", markdown, MaxComment, "a comment");

    public static string Reason(string? reason) => Required("reason", reason, MaxReason, "a reason (people see it)");

    public static string Summary(string? summary) => Limited("summary", summary, MaxSummary);

    public static bool IsLanguageTag(string? language) => TaxonomyRules.IsLanguageTag(language);

    public static IReadOnlyList<string> Languages(IReadOnlyList<string>? languages)
    {
        var tags = (languages ?? []).Select(language => language?.Trim() ?? "").Where(language => language.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count == 0)
        {
            throw new SessionRuleException("languages", "Name at least one language the session is held in, such as en.");
        }

        if (tags.Count > MaxLanguages)
        {
            throw new SessionRuleException("languages", $"At most {MaxLanguages} languages.");
        }

        return tags.FirstOrDefault(tag => !IsLanguageTag(tag)) is { } wrong
            ? throw new SessionRuleException("languages", $"“{wrong}” is not a language tag such as en, es or pt-BR.")
            : tags;
    }

    public static string ClientVoteId(string? clientVoteId) =>
        string.IsNullOrWhiteSpace(clientVoteId) ? throw new SessionRuleException("clientVoteId", "Send a clientVoteId: the same one when retrying, so the vote counts once.")
        : clientVoteId.Length > MaxClientVoteId ? throw new SessionRuleException("clientVoteId", $"A clientVoteId has at most {MaxClientVoteId} characters.")
        : clientVoteId;

    public static TimeSpan? Timer(TimeSpan? timer) =>
        timer is { } value && (value <= TimeSpan.Zero || value > MaxTimer)
            ? throw new SessionRuleException("timerMinutes", $"A phase timer runs between one minute and {MaxTimer.TotalHours:0} hours.")
            : timer;

    /// <summary>Equal texts once case, spacing and trailing punctuation are ignored: how duplicates are caught on entry.</summary>
    public static string Comparable(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?').ToUpperInvariant();

    private static string Required(string field, string? value, int max, string what)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0
            ? throw new SessionRuleException(field, $"Enter {what}.")
            : trimmed.Length > max
                ? throw new SessionRuleException(field, $"Keep it to {max:N0} characters (this has {trimmed.Length:N0}).")
                : trimmed;
    }

    private static string Limited(string field, string? value, int max)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length > max ? throw new SessionRuleException(field, $"Keep it to {max:N0} characters (this has {trimmed.Length:N0}).") : trimmed;
    }
}
