using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Web.Features.Taxonomies.Listing;

/// <summary>
/// Proposes a slug from a title (lowercase letters, digits and single hyphens, accents dropped), so most people never
/// have to think about slugs; the create form stops proposing once the person edits the slug.
/// </summary>
public static class SlugSuggestion
{
    private const int MaxLength = 60;

    public static string From(string? title)
    {
        var decomposed = (title ?? "").Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(character);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        return text.Trim('-');
    }
}
