namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>An absolute IRI, kept as written; each serializer escapes it for its own syntax.</summary>
public sealed record RdfIri(string Value) : RdfTerm
{
    public override string ToString() => Value;
}
