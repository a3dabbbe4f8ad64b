namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>How a category went out of use; merges and splits change meaning and so need a major version.</summary>
public enum DeprecationKind
{
    Deprecated,
    MergedInto,
    SplitInto,
}
