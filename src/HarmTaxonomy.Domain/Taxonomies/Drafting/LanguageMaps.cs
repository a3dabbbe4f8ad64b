namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>Copy-on-write helpers for the per-language maps of an immutable category.</summary>
public static class LanguageMaps
{
    public static IReadOnlyDictionary<string, T> With<T>(this IReadOnlyDictionary<string, T> map, string language, T? value)
    {
        var copy = new Dictionary<string, T>(map, StringComparer.Ordinal);
        if (value is null || (value is string text && text.Length == 0) || (value is IReadOnlyCollection<string> { Count: 0 }))
        {
            copy.Remove(language);
        }
        else
        {
            copy[language] = value;
        }

        return copy;
    }
}
