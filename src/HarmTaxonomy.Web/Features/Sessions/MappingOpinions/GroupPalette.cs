namespace HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

/// <summary>
/// Colours of opinion groups, from the Okabe–Ito palette, which stays distinguishable with the common forms of colour
/// blindness; the group's letter is always shown beside its colour, so nothing depends on colour alone.
/// </summary>
public static class GroupPalette
{
    // Yellow is left out: it disappears on a white background.
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"];

    public static string Of(int groupId) => groupId >= 0 ? Colours[groupId % Colours.Length] : "#999999";
}
