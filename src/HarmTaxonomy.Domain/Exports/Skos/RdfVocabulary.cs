namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>The terms our SKOS exports use, named once so the graph, the Turtle prefixes and the JSON-LD context agree.</summary>
public static class RdfVocabulary
{
    public static RdfPrefix RdfSyntax { get; } = new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    public static RdfPrefix SkosPrefix { get; } = new("skos", "http://www.w3.org/2004/02/skos/core#");

    public static RdfPrefix OwlPrefix { get; } = new("owl", "http://www.w3.org/2002/07/owl#");

    public static RdfPrefix DctPrefix { get; } = new("dct", "http://purl.org/dc/terms/");

    public static RdfPrefix XsdPrefix { get; } = new("xsd", "http://www.w3.org/2001/XMLSchema#");

    public static IReadOnlyList<RdfPrefix> Prefixes { get; } = [RdfSyntax, SkosPrefix, OwlPrefix, DctPrefix, XsdPrefix];

    public static RdfIri RdfType { get; } = RdfSyntax["type"];

    /// <summary>SKOS Core.</summary>
    public static class SkosCore
    {
        public static RdfIri ConceptScheme { get; } = SkosPrefix["ConceptScheme"];
        public static RdfIri Concept { get; } = SkosPrefix["Concept"];
        public static RdfIri InScheme { get; } = SkosPrefix["inScheme"];
        public static RdfIri HasTopConcept { get; } = SkosPrefix["hasTopConcept"];
        public static RdfIri TopConceptOf { get; } = SkosPrefix["topConceptOf"];
        public static RdfIri Notation { get; } = SkosPrefix["notation"];
        public static RdfIri PrefLabel { get; } = SkosPrefix["prefLabel"];
        public static RdfIri AltLabel { get; } = SkosPrefix["altLabel"];
        public static RdfIri Definition { get; } = SkosPrefix["definition"];
        public static RdfIri ScopeNote { get; } = SkosPrefix["scopeNote"];
        public static RdfIri Example { get; } = SkosPrefix["example"];
        public static RdfIri ChangeNote { get; } = SkosPrefix["changeNote"];
        public static RdfIri Broader { get; } = SkosPrefix["broader"];
        public static RdfIri Narrower { get; } = SkosPrefix["narrower"];
    }

    /// <summary>OWL, for versioning and deprecation (the vocabulary SKOS publishers commonly borrow for both).</summary>
    public static class OwlTerms
    {
        public static RdfIri VersionInfo { get; } = OwlPrefix["versionInfo"];
        public static RdfIri VersionIri { get; } = OwlPrefix["versionIRI"];
        public static RdfIri PriorVersion { get; } = OwlPrefix["priorVersion"];
        public static RdfIri Deprecated { get; } = OwlPrefix["deprecated"];
    }

    /// <summary>DCMI Metadata Terms.</summary>
    public static class DctTerms
    {
        public static RdfIri Title { get; } = DctPrefix["title"];
        public static RdfIri Description { get; } = DctPrefix["description"];
        public static RdfIri License { get; } = DctPrefix["license"];
        public static RdfIri Issued { get; } = DctPrefix["issued"];
        public static RdfIri Creator { get; } = DctPrefix["creator"];
        public static RdfIri Publisher { get; } = DctPrefix["publisher"];
        public static RdfIri IsReplacedBy { get; } = DctPrefix["isReplacedBy"];
    }

    /// <summary>XML Schema datatypes for typed literals.</summary>
    public static class XsdTypes
    {
        public static RdfIri Date { get; } = XsdPrefix["date"];
        public static RdfIri Boolean { get; } = XsdPrefix["boolean"];
    }
}
