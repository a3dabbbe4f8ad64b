namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>One statement of a graph; subjects are always IRIs because every node we publish has a stable address.</summary>
public sealed record RdfTriple(RdfIri Subject, RdfIri Predicate, RdfTerm Value);
