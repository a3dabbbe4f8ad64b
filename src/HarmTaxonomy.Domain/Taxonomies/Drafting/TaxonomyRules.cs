using System.Text.RegularExpressions;

namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>The limits every input to a taxonomy is held to, with the message a person sees next to the field.</summary>
public static partial class TaxonomyRules
{
    public const int MaxLabel = 120;
    public const int MaxLongText = 10_000;
    public const int MaxTitle = 200;
    public const int MaxReason = 2_000;
    public const int MaxExamples = 30;
    public const int MaxExample = 1_000;
    public const int MaxAltLabels = 20;
    public const int MaxLanguages = 20;
    public const int MaxNote = 1_000;
    public const int MaxUri = 2_000;
    public const string DefaultLicence = "CC-BY-4.0";

    [GeneratedRegex("^[a-z0-9-]{3,60}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$")]
    private static partial Regex LicencePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex NotationPattern();

    public static string Slug(string? slug) =>
        slug is not null && SlugPattern().IsMatch(slug)
            ? slug
            : throw Invalid("slug", "Use 3 to 60 characters: lowercase letters, digits and hyphens.");

    public static string Title(string? title) => Required("title", title, MaxTitle, "title");

    public static string Label(string? label, string field = "label") => Required(field, label, MaxLabel, "label");

    public static string LongText(string? text, string field) =>
        (text ?? "").Length <= MaxLongText ? (text ?? "").Trim() : throw Invalid(field, $"Keep it to {MaxLongText:N0} characters (this has {text!.Length:N0}).");

    public static string? OptionalLongText(string? text, string field) => text is null ? null : LongText(text, field);

    public static string? Reason(string? reason) =>
        reason is { Length: > MaxReason } ? throw Invalid("reason", $"Keep the reason to {MaxReason:N0} characters.") : reason?.Trim();

    public static string RequiredReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw Invalid("reason", "Say why, for the history and the changelog.") : Reason(reason)!;

    public static string Licence(string? licence) =>
        string.IsNullOrWhiteSpace(licence) ? DefaultLicence
        : LicencePattern().IsMatch(licence.Trim()) ? licence.Trim()
        : throw Invalid("licence", "Use an SPDX licence id such as CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0.");

    public static string Notation(string? notation) =>
        notation is not null && NotationPattern().IsMatch(notation.Trim())
            ? notation.Trim()
            : throw Invalid("notation", "Use up to 40 letters, digits, dots, hyphens or underscores, such as HT-3.2.");

    public static bool IsLanguageTag(string? language) => language is not null && LanguagePattern().IsMatch(language);

    public static IReadOnlyList<string> Languages(IReadOnlyList<string>? languages)
    {
        if (languages is null || languages.Count == 0)
        {
            throw Invalid("languages", "Name at least one language; the first is the source language.");
        }

        if (languages.Count > MaxLanguages)
        {
            throw Invalid("languages", $"At most {MaxLanguages} languages.");
        }

        foreach (var language in languages)
        {
            if (!IsLanguageTag(language))
            {
                throw Invalid("languages", $"'{language}' is not a BCP-47 language tag such as en, es or pt-BR.");
            }
        }

        return languages.Distinct(StringComparer.Ordinal).Count() == languages.Count
            ? languages
            : throw Invalid("languages", "Each language once.");
    }

    public static string LanguageOf(TaxonomyDraft draft, string? language, string field = "language") =>
        language is not null && draft.HasLanguage(language)
            ? language
            : throw Invalid(field, $"'{language}' is not one of this taxonomy's languages ({string.Join(", ", draft.Languages)}). Add the language first.");

    public static IReadOnlyList<string> Modalities(IReadOnlyList<string>? modalities)
    {
        var unknown = (modalities ?? []).Where(modality => !Modality.IsKnown(modality)).ToList();
        return unknown.Count == 0
            ? Modality.Normalize(modalities ?? [])
            : throw Invalid("modalities", $"Unknown modality '{unknown[0]}'. Use {string.Join(", ", Modality.All)}.");
    }

    public static IReadOnlyList<string> TextList(IReadOnlyList<string>? items, string field, int maxItems, int maxLength)
    {
        var cleaned = (items ?? []).Select(item => item?.Trim() ?? "").Where(item => item.Length > 0).ToList();
        if (cleaned.Count > maxItems)
        {
            throw Invalid(field, $"At most {maxItems} entries.");
        }

        return cleaned.Any(item => item.Length > maxLength)
            ? throw Invalid(field, $"Keep each entry to {maxLength:N0} characters.")
            : cleaned;
    }

    public static DraftCategory Category(TaxonomyDraft draft, Guid id, string field = "categoryId") =>
        draft.Find(id) ?? throw new TaxonomyRuleException(field, $"No category {id} in this taxonomy's draft.", TaxonomyRuleKind.NotFound);

    public static DraftCategory ActiveCategory(TaxonomyDraft draft, Guid id, string field = "categoryId")
    {
        var category = Category(draft, id, field);
        return category.IsActive
            ? category
            : throw new TaxonomyRuleException(field, $"{category.Notation} is deprecated; only active categories can change this way.", TaxonomyRuleKind.Conflict);
    }

    public static Guid? Parent(TaxonomyDraft draft, Guid? parentId, string field = "parentId")
    {
        if (parentId is not { } id)
        {
            return null;
        }

        var parent = draft.Find(id) ?? throw Invalid(field, $"The parent {id} is not a category of this taxonomy.");
        return parent.IsActive ? id : throw Invalid(field, $"{parent.Notation} is deprecated and cannot take children.");
    }

    public static string FreeNotation(TaxonomyDraft draft, string notation, Guid? owner = null) =>
        draft.NotationOwner(notation) is { } existing && existing != owner
            ? throw Invalid("notation", $"{notation} is already used by another category.")
            : notation;

    public static TaxonomyRuleException Invalid(string field, string message) => new(field, message);

    private static string Required(string field, string? value, int max, string what)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw Invalid(field, $"Enter a {what}.")
            : trimmed.Length > max ? throw Invalid(field, $"Keep the {what} to {max} characters (this has {trimmed.Length}).")
            : trimmed;
    }
}
