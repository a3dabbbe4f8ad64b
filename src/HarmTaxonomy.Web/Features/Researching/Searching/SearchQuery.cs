using System.Globalization;
using System.Text.RegularExpressions;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>A search as asked: the query text, the language (a BCP 47 tag, or any), the taxonomy (or all) and how many hits.</summary>
public sealed partial record SearchQuery(string Text, string? Language, string? Taxonomy, int Limit)
{
    public const int MinLength = 2;
    public const int MaxLength = 200;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Reads the query string; a malformed value comes back as the field it names and what to send instead.</summary>
    public static (SearchQuery? Query, string Field, string Problem) Parse(string? q, string? lang, string? taxonomy, string? limit)
    {
        var text = q?.Trim() ?? "";
        if (text.Length is < MinLength or > MaxLength)
        {
            return (null, "q", $"Search for {MinLength} to {MaxLength} characters: ?q=harassment.");
        }

        var language = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim();
        if (language is not null && !LanguageTag().IsMatch(language))
        {
            return (null, "lang", $"'{language}' is not a BCP 47 language tag; send one such as en, es or pt-BR, or leave lang out to search every language.");
        }

        var count = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            return (null, "limit", $"limit is a whole number from 1 to {MaxLimit} (default {DefaultLimit}).");
        }

        return (new SearchQuery(text, language, string.IsNullOrWhiteSpace(taxonomy) ? null : taxonomy.Trim(), count), "", "");
    }

    /// <summary>Whether a text in <paramref name="language"/> is searched: any language, the same tag, or a region of it.</summary>
    public bool Covers(string language) =>
        Language is null
        || string.Equals(language, Language, StringComparison.OrdinalIgnoreCase)
        || language.StartsWith(Language + "-", StringComparison.OrdinalIgnoreCase);

    // Language, script, region and variants: the shapes of tag people send (en, es-419, pt-BR, zh-Hant-TW).
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
