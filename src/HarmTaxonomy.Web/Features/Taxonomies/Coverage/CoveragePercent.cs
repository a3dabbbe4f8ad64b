namespace HarmTaxonomy.Web.Features.Taxonomies.Coverage;

/// <summary>Shares as whole percentages, so the charts and their text tables say the same number.</summary>
public static class CoveragePercent
{
    public static double Of(int part, int whole) => whole <= 0 ? 0 : Math.Round(100.0 * part / whole, 0, MidpointRounding.AwayFromZero);
}
