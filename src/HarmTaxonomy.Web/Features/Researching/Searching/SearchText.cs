using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>
/// Text as search compares it: lower case and without accents, so "Acoso" finds "acoso" and "Desinformación" finds
/// "desinformacion". Both the index and the query go through here, so they always agree.
/// </summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.ToLowerInvariant(character));
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
