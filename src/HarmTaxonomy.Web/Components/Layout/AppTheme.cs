using MudBlazor;

namespace HarmTaxonomy.Web.Components.Layout;

/// <summary>Colours chosen to keep WCAG AA contrast for text in both light and dark mode.</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#00796b",
            AppbarBackground = "#283593",
            TextSecondary = "rgba(0,0,0,0.70)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8da",
            Secondary = "#80cbc4",
            AppbarBackground = "#1a1f3c",
            TextSecondary = "rgba(255,255,255,0.74)",
        },
    };
}
