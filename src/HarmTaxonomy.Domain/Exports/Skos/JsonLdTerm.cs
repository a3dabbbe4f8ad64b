namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// One term of our JSON-LD context: its short name, the IRI it stands for and how its values are written, so the
/// serializer and the published context are derived from the same list.
/// </summary>
public sealed record JsonLdTerm(string Name, RdfIri Iri, JsonLdValues Values, bool Many = false);

/// <summary>How the values of a <see cref="JsonLdTerm"/> appear in the JSON.</summary>
public enum JsonLdValues
{
    /// <summary>A plain string.</summary>
    Text,

    /// <summary>An object keyed by language tag (<c>"@container": "@language"</c>).</summary>
    ByLanguage,

    /// <summary>A string holding an IRI (<c>"@type": "@id"</c>).</summary>
    Iri,

    /// <summary>A string typed <c>xsd:date</c>.</summary>
    Date,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Not a property: a class, named as the value of <c>@type</c>.</summary>
    Class,
}
