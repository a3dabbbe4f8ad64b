namespace HarmTaxonomy.Domain.Analysis;

/// <summary>Which way a group (or everyone) leans on an item.</summary>
public enum Stance
{
    Agree,
    Disagree,
}
