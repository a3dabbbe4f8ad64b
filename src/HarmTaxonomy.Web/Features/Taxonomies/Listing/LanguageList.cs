namespace HarmTaxonomy.Web.Features.Taxonomies.Listing;

/// <summary>
/// Reads the languages field of the create form: BCP-47 tags separated by commas (or spaces), in the order given,
/// the first being the source language. Checking the tags is the domain rule's job, so its message is the one shown.
/// </summary>
public static class LanguageList
{
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
