namespace HarmTaxonomy.Domain.Sessions.Items;

/// <summary>What participants vote and comment on: a short claim, or a proposed change to the taxonomy.</summary>
public enum ItemKind
{
    Statement,
    Proposal,
}
