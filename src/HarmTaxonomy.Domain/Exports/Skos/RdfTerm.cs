namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>What can stand in the object position of a triple: an IRI or a literal (we never need blank nodes).</summary>
public abstract record RdfTerm;
