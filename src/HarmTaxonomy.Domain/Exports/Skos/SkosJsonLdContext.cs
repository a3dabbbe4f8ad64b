using System.Text.Json;
using System.Text.Json.Nodes;
using static HarmTaxonomy.Domain.Exports.Skos.RdfVocabulary;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// The published JSON-LD <c>@context</c> of our SKOS exports. It is fixed for all taxonomies and versions so the web
/// app can serve <see cref="Document"/> at one URL and downloads can refer to it; properties marked
/// <c>@set</c> are always arrays, so consumers never have to check for a single value.
/// </summary>
public static class SkosJsonLdContext
{
    public static IReadOnlyList<JsonLdTerm> Terms { get; } =
    [
        new("ConceptScheme", SkosCore.ConceptScheme, JsonLdValues.Class),
        new("Concept", SkosCore.Concept, JsonLdValues.Class),
        new("title", DctTerms.Title, JsonLdValues.ByLanguage),
        new("description", DctTerms.Description, JsonLdValues.ByLanguage),
        new("versionInfo", OwlTerms.VersionInfo, JsonLdValues.Text),
        new("versionIRI", OwlTerms.VersionIri, JsonLdValues.Iri),
        new("priorVersion", OwlTerms.PriorVersion, JsonLdValues.Iri),
        new("license", DctTerms.License, JsonLdValues.Iri),
        new("issued", DctTerms.Issued, JsonLdValues.Date),
        new("creator", DctTerms.Creator, JsonLdValues.Text, Many: true),
        new("publisher", DctTerms.Publisher, JsonLdValues.Text),
        new("hasTopConcept", SkosCore.HasTopConcept, JsonLdValues.Iri, Many: true),
        new("inScheme", SkosCore.InScheme, JsonLdValues.Iri),
        new("topConceptOf", SkosCore.TopConceptOf, JsonLdValues.Iri),
        new("notation", SkosCore.Notation, JsonLdValues.Text),
        new("prefLabel", SkosCore.PrefLabel, JsonLdValues.ByLanguage),
        new("altLabel", SkosCore.AltLabel, JsonLdValues.ByLanguage, Many: true),
        new("definition", SkosCore.Definition, JsonLdValues.ByLanguage),
        new("scopeNote", SkosCore.ScopeNote, JsonLdValues.ByLanguage),
        new("example", SkosCore.Example, JsonLdValues.ByLanguage, Many: true),
        new("broader", SkosCore.Broader, JsonLdValues.Iri),
        new("narrower", SkosCore.Narrower, JsonLdValues.Iri, Many: true),
        new("exactMatch", SkosPrefix["exactMatch"], JsonLdValues.Iri, Many: true),
        new("closeMatch", SkosPrefix["closeMatch"], JsonLdValues.Iri, Many: true),
        new("broadMatch", SkosPrefix["broadMatch"], JsonLdValues.Iri, Many: true),
        new("narrowMatch", SkosPrefix["narrowMatch"], JsonLdValues.Iri, Many: true),
        new("relatedMatch", SkosPrefix["relatedMatch"], JsonLdValues.Iri, Many: true),
        new("deprecated", OwlTerms.Deprecated, JsonLdValues.Boolean),
        new("isReplacedBy", DctTerms.IsReplacedBy, JsonLdValues.Iri, Many: true),
        new("changeNote", SkosCore.ChangeNote, JsonLdValues.ByLanguage, Many: true),
    ];

    /// <summary>The context document to serve, e.g. at <c>/contexts/skos-taxonomy.jsonld</c>.</summary>
    public static string Document { get; } = new JsonObject { ["@context"] = Context() }
        .ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" });

    /// <summary>A fresh copy of the context object (JSON nodes are mutable, so none is shared).</summary>
    public static JsonObject Context()
    {
        // Version 1.1 for language maps whose values are always arrays (@language with @set).
        var context = new JsonObject { ["@version"] = 1.1m };
        foreach (var prefix in Prefixes.Where(prefix => prefix.Name != "rdf"))
        {
            context[prefix.Name] = prefix.Namespace;
        }

        foreach (var term in Terms)
        {
            context[term.Name] = Definition(term);
        }

        return context;
    }

    public static JsonLdTerm? For(RdfIri predicate) => Terms.FirstOrDefault(term => term.Iri == predicate && term.Values != JsonLdValues.Class);

    public static string? ClassName(RdfIri type) => Terms.FirstOrDefault(term => term.Iri == type && term.Values == JsonLdValues.Class)?.Name;

    private static JsonNode Definition(JsonLdTerm term)
    {
        var id = Compact(term.Iri);
        if (term.Values == JsonLdValues.Class)
        {
            return id;
        }

        var definition = new JsonObject { ["@id"] = id };
        switch (term.Values)
        {
            case JsonLdValues.Iri:
                definition["@type"] = "@id";
                break;
            case JsonLdValues.Date:
                definition["@type"] = Compact(XsdTypes.Date);
                break;
            case JsonLdValues.ByLanguage:
                definition["@container"] = term.Many ? new JsonArray("@language", "@set") : "@language";
                break;
            case JsonLdValues.Text or JsonLdValues.Boolean or JsonLdValues.Class:
                break;
        }

        if (term.Many && term.Values != JsonLdValues.ByLanguage)
        {
            definition["@container"] = "@set";
        }

        return definition.Count == 1 ? id : definition;
    }

    private static string Compact(RdfIri iri)
    {
        var prefix = Prefixes.First(prefix => iri.Value.StartsWith(prefix.Namespace, StringComparison.Ordinal));
        return prefix.Name + ":" + iri.Value[prefix.Namespace.Length..];
    }
}
