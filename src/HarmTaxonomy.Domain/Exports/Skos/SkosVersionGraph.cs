using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using static HarmTaxonomy.Domain.Exports.Skos.RdfVocabulary;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// The RDF graph of one published version as SKOS: one <c>skos:ConceptScheme</c> for the release and one
/// <c>skos:Concept</c> per category, in tree order. Both serializers write this same list of triples, so Turtle and
/// JSON-LD cannot say different things.
/// </summary>
public static class SkosVersionGraph
{
    public static IReadOnlyList<RdfTriple> Build(SkosVersionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var snapshot = input.Snapshot;
        var iris = new SkosIris(input.PublicBaseUrl, snapshot.Slug);
        var languages = snapshot.Languages;
        var changeNotes = input.ChangesFromPrevious is { } diff ? SkosChangeNotes.From(diff) : new Dictionary<Guid, IReadOnlyList<string>>();
        var children = snapshot.Categories.Where(category => category.ParentId is not null).ToLookup(category => category.ParentId!.Value);
        var triples = new List<RdfTriple>();

        void Add(RdfIri subject, RdfIri predicate, RdfTerm value) => triples.Add(new RdfTriple(subject, predicate, value));

        var scheme = iris.Scheme;
        Add(scheme, RdfType, SkosCore.ConceptScheme);
        Add(scheme, SkosCore.PrefLabel, RdfLiteral.Tagged(snapshot.Title, snapshot.SourceLanguage));
        Add(scheme, DctTerms.Title, RdfLiteral.Tagged(snapshot.Title, snapshot.SourceLanguage));
        if (snapshot.Description.Length > 0)
        {
            Add(scheme, DctTerms.Description, RdfLiteral.Tagged(snapshot.Description, snapshot.SourceLanguage));
        }

        Add(scheme, OwlTerms.VersionInfo, RdfLiteral.Plain(input.Version));
        Add(scheme, OwlTerms.VersionIri, iris.Version(input.Version));
        if (input.PreviousVersion is { } previous)
        {
            Add(scheme, OwlTerms.PriorVersion, iris.Version(previous));
        }

        Add(scheme, DctTerms.License, SkosIris.Licence(snapshot.Licence));
        Add(scheme, DctTerms.Issued, RdfLiteral.Date(input.Issued));
        foreach (var creator in input.Creators)
        {
            Add(scheme, DctTerms.Creator, RdfLiteral.Plain(creator));
        }

        if (input.Publisher is { } publisher)
        {
            Add(scheme, DctTerms.Publisher, RdfLiteral.Plain(publisher));
        }

        foreach (var top in snapshot.Categories.Where(category => category.ParentId is null))
        {
            Add(scheme, SkosCore.HasTopConcept, iris.Concept(top.Id));
        }

        foreach (var category in snapshot.Categories)
        {
            var concept = iris.Concept(category.Id);
            Add(concept, RdfType, SkosCore.Concept);
            Add(concept, SkosCore.InScheme, scheme);
            if (category.ParentId is null)
            {
                Add(concept, SkosCore.TopConceptOf, scheme);
            }

            Add(concept, SkosCore.Notation, RdfLiteral.Plain(category.Notation));
            foreach (var (language, label) in InOrder(category.Labels, languages))
            {
                Add(concept, SkosCore.PrefLabel, RdfLiteral.Tagged(label, language));
            }

            foreach (var (language, altLabels) in InOrder(category.AltLabels, languages))
            {
                // SKOS keeps a preferred and an alternative label of one language disjoint (integrity condition S13).
                var preferred = category.Labels.GetValueOrDefault(language);
                foreach (var altLabel in altLabels.Where(altLabel => altLabel != preferred).Distinct(StringComparer.Ordinal))
                {
                    Add(concept, SkosCore.AltLabel, RdfLiteral.Tagged(altLabel, language));
                }
            }

            foreach (var (language, definition) in InOrder(category.Definitions, languages))
            {
                Add(concept, SkosCore.Definition, RdfLiteral.Tagged(definition, language));
            }

            foreach (var (language, scopeNote) in InOrder(category.ScopeNotes, languages))
            {
                Add(concept, SkosCore.ScopeNote, RdfLiteral.Tagged(scopeNote, language));
            }

            foreach (var (language, examples) in InOrder(category.Examples, languages))
            {
                foreach (var example in examples)
                {
                    Add(concept, SkosCore.Example, RdfLiteral.Tagged(example, language));
                }
            }

            if (category.ParentId is { } parent)
            {
                Add(concept, SkosCore.Broader, iris.Concept(parent));
            }

            foreach (var child in children[category.Id])
            {
                Add(concept, SkosCore.Narrower, iris.Concept(child.Id));
            }

            foreach (var mapping in category.Mappings.Where(mapping => MappingRelation.IsKnown(mapping.Relation)))
            {
                Add(concept, SkosPrefix[mapping.Relation], Target(mapping, iris));
            }

            if (category.Status == CategoryStatus.Deprecated)
            {
                Add(concept, OwlTerms.Deprecated, RdfLiteral.Boolean(true));
                foreach (var replacement in category.Deprecation?.ReplacedBy ?? [])
                {
                    Add(concept, DctTerms.IsReplacedBy, iris.Concept(replacement));
                }
            }

            foreach (var note in changeNotes.GetValueOrDefault(category.Id) ?? [])
            {
                Add(concept, SkosCore.ChangeNote, RdfLiteral.Tagged(note, SkosChangeNotes.Language));
            }
        }

        return triples;
    }

    private static RdfIri Target(CategoryMapping mapping, SkosIris iris) =>
        mapping.Uri is { } uri ? SkosIris.External(uri) : iris.ReferenceConcept(mapping.Reference ?? "", mapping.Code ?? "");

    /// <summary>The taxonomy's languages first, in its order, then any others, so the output never depends on hashing.</summary>
    private static IEnumerable<(string Language, T Value)> InOrder<T>(IReadOnlyDictionary<string, T> map, IReadOnlyList<string> languages) =>
        languages.Where(map.ContainsKey)
            .Concat(map.Keys.Except(languages, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Select(language => (language, map[language]));
}
