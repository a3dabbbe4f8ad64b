namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>How much a release changes; ordered so the larger bump compares greater.</summary>
public enum VersionBump
{
    None,
    Patch,
    Minor,
    Major,
}
