namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>Who made a change: the account id for audit and the name people read in a history.</summary>
public sealed record Actor(string Id, string Name);
