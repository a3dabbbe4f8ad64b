namespace HarmTaxonomy.Web.Features.Accounts.ManagingProfile;

/// <summary>
/// Self-declared communities as typed into one box: separated by commas or new lines, trimmed, blanks and repeats
/// (ignoring case) dropped, first spelling kept.
/// </summary>
public static class CommunityList
{
    private static readonly char[] Separators = [',', '\n', '\r'];

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "")
            .Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>One community per line, as the box shows them.</summary>
    public static string Format(IEnumerable<string> communities) => string.Join('\n', communities);
}
