using System.Globalization;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>A byte count as people read it next to a download button: 850 B, 12.4 KB, 3.1 MB.</summary>
public static class FileSizes
{
    public static string Format(long bytes, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return bytes switch
        {
            < 1024 => string.Create(culture, $"{bytes} B"),
            < 1024 * 1024 => string.Create(culture, $"{bytes / 1024d:0.#} KB"),
            _ => string.Create(culture, $"{bytes / (1024d * 1024d):0.#} MB"),
        };
    }
}
