namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>Whether a category is in use. Deprecated categories stay in the scheme so old labels still resolve.</summary>
public enum CategoryStatus
{
    Active,
    Deprecated,
}
