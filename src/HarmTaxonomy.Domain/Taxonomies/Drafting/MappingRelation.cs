namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>The SKOS mapping properties, by their SKOS local names.</summary>
public static class MappingRelation
{
    public const string ExactMatch = "exactMatch";
    public const string CloseMatch = "closeMatch";
    public const string BroadMatch = "broadMatch";
    public const string NarrowMatch = "narrowMatch";
    public const string RelatedMatch = "relatedMatch";

    public static IReadOnlyList<string> All { get; } = [ExactMatch, CloseMatch, BroadMatch, NarrowMatch, RelatedMatch];

    public static bool IsKnown(string relation) => All.Contains(relation, StringComparer.Ordinal);
}
