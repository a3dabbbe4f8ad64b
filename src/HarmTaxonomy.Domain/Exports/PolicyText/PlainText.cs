namespace HarmTaxonomy.Domain.Exports.PolicyText;

/// <summary>
/// Keeps user text on one line in the policy, so a definition cannot start what a classifier would read as a new
/// rule; a final full stop is dropped because the policy adds its own punctuation.
/// </summary>
public static class PlainText
{
    public static string Line(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
