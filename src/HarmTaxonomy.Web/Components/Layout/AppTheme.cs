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
            // MudBlazor's defaults for these are 2.2–3.7:1 on white, too faint for field errors and outlined alerts.
            Error = "#c62828",
            Success = "#2e7d32",
            Info = "#1565c0",
            Warning = "#b45309",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8da",
            Secondary = "#80cbc4",
            AppbarBackground = "#1a1f3c",
            TextSecondary = "rgba(255,255,255,0.74)",
            Error = "#ff8a80",
            Success = "#81c784",
            Info = "#90caf9",
            Warning = "#ffb74d",
        },
    };
}
