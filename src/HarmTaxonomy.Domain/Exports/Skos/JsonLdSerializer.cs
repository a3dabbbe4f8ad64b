using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// The <c>jsonld</c> download of a published version: the same triples as the Turtle, compacted with
/// <see cref="SkosJsonLdContext"/> into one node per subject under <c>@graph</c>. A predicate or value the context
/// does not cover is written in expanded form, so nothing is lost if the graph grows before the context does.
/// </summary>
public static class JsonLdSerializer
{
    public const string MediaType = "application/ld+json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Keeps labels readable in their own script; JSON still escapes quotes, backslashes and controls.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes the version; with <paramref name="contextUrl"/> the document refers to the published context instead of
    /// embedding it.
    /// </summary>
    public static string Serialize(SkosVersionInput input, string? contextUrl = null) => Serialize(SkosVersionGraph.Build(input), contextUrl);

    public static string Serialize(IEnumerable<RdfTriple> triples, string? contextUrl = null)
    {
        ArgumentNullException.ThrowIfNull(triples);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WritePropertyName("@context");
            if (contextUrl is null)
            {
                SkosJsonLdContext.Context().WriteTo(json);
            }
            else
            {
                json.WriteStringValue(contextUrl);
            }

            json.WriteStartArray("@graph");
            foreach (var subject in triples.GroupBy(triple => triple.Subject))
            {
                Node(json, subject.Key, [.. subject]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Node(Utf8JsonWriter json, RdfIri subject, IReadOnlyList<RdfTriple> triples)
    {
        json.WriteStartObject();
        json.WriteString("@id", subject.Value);
        var types = triples.Where(triple => triple.Predicate == RdfVocabulary.RdfType).Select(triple => triple.Value).OfType<RdfIri>().ToList();
        if (types.Count > 0)
        {
            json.WritePropertyName("@type");
            Many(json, types.Select(type => SkosJsonLdContext.ClassName(type) ?? type.Value).ToList(), json.WriteStringValue, always: false);
        }

        foreach (var predicate in triples.Where(triple => triple.Predicate != RdfVocabulary.RdfType).GroupBy(triple => triple.Predicate))
        {
            var values = predicate.Select(triple => triple.Value).ToList();
            if (SkosJsonLdContext.For(predicate.Key) is { } term && values.All(value => Fits(term, value)))
            {
                json.WritePropertyName(term.Name);
                Compacted(json, term, values);
            }
            else
            {
                json.WritePropertyName(predicate.Key.Value);
                Many(json, values, value => Expanded(json, value), always: true);
            }
        }

        json.WriteEndObject();
    }

    private static bool Fits(JsonLdTerm term, RdfTerm value) => (term.Values, value) switch
    {
        (JsonLdValues.Iri, RdfIri) => true,
        (JsonLdValues.Text, RdfLiteral { Language: null, Datatype: null }) => true,
        (JsonLdValues.ByLanguage, RdfLiteral { Language: not null }) => true,
        (JsonLdValues.Date, RdfLiteral { Datatype: var type }) => type == RdfVocabulary.XsdTypes.Date,
        (JsonLdValues.Boolean, RdfLiteral { Datatype: var type, Text: "true" or "false" }) => type == RdfVocabulary.XsdTypes.Boolean,
        _ => false,
    };

    private static void Compacted(Utf8JsonWriter json, JsonLdTerm term, IReadOnlyList<RdfTerm> values)
    {
        switch (term.Values)
        {
            case JsonLdValues.ByLanguage:
                json.WriteStartObject();
                foreach (var language in values.Cast<RdfLiteral>().GroupBy(literal => literal.Language!))
                {
                    json.WritePropertyName(language.Key);
                    Many(json, [.. language.Select(literal => literal.Text)], json.WriteStringValue, term.Many);
                }

                json.WriteEndObject();
                break;
            case JsonLdValues.Boolean:
                Many(json, values.Cast<RdfLiteral>().Select(literal => literal.Text == "true").ToList(), json.WriteBooleanValue, term.Many);
                break;
            case JsonLdValues.Iri:
                Many(json, [.. values.Cast<RdfIri>().Select(iri => iri.Value)], json.WriteStringValue, term.Many);
                break;
            default:
                Many(json, [.. values.Cast<RdfLiteral>().Select(literal => literal.Text)], json.WriteStringValue, term.Many);
                break;
        }
    }

    private static void Expanded(Utf8JsonWriter json, RdfTerm value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case RdfIri iri:
                json.WriteString("@id", iri.Value);
                break;
            case RdfLiteral literal:
                json.WriteString("@value", literal.Text);
                if (literal.Language is { } language)
                {
                    json.WriteString("@language", language);
                }
                else if (literal.Datatype is { } datatype)
                {
                    json.WriteString("@type", datatype.Value);
                }

                break;
        }

        json.WriteEndObject();
    }

    /// <summary>One value bare, several (or any, for <c>@set</c> terms) as an array, as JSON-LD compaction does.</summary>
    private static void Many<T>(Utf8JsonWriter json, IReadOnlyList<T> values, Action<T> write, bool always)
    {
        if (values.Count == 1 && !always)
        {
            write(values[0]);
            return;
        }

        json.WriteStartArray();
        foreach (var value in values)
        {
            write(value);
        }

        json.WriteEndArray();
    }
}
