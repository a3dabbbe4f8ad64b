namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>A namespace abbreviation used by the Turtle output (<c>@prefix skos: &lt;…&gt; .</c>).</summary>
public sealed record RdfPrefix(string Name, string Namespace)
{
    public RdfIri this[string localName] => new(Namespace + localName);
}
