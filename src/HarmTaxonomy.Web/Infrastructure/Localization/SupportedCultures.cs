using System.Globalization;

namespace HarmTaxonomy.Web.Infrastructure.Localization;

/// <summary>The UI languages. English is the default and the fallback for any missing string.</summary>
public static class SupportedCultures
{
    public const string Default = "en";

    public static IReadOnlyList<CultureInfo> All { get; } = [new("en"), new("es")];

    public static string[] Names { get; } = All.Select(culture => culture.Name).ToArray();

    public static bool IsSupported(string? name) =>
        name is not null && All.Any(culture => string.Equals(culture.Name, name, StringComparison.OrdinalIgnoreCase));
}
