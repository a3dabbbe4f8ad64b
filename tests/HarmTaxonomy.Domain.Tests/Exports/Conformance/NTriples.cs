using System.Globalization;
using System.Text;
using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// Writes our own triples as canonical N-Triples lines, the form <c>parse.mjs</c> prints, so what the parsers read can
/// be compared with the graph the exports were built from. Language tags are lower-cased as N3.js does (RDF compares
/// them without case).
/// </summary>
public static class NTriples
{
    public static string Line(RdfTriple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        return $"{Term(triple.Subject)} {Term(triple.Predicate)} {Term(triple.Value)} .";
    }

    public static IReadOnlyList<string> Lines(IEnumerable<RdfTriple> triples) =>
        [.. triples.Select(Line).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static string Iri(string iri) => $"<{iri}>";

    public static string Text(string text, string language) => $"{Quoted(text)}@{language.ToLowerInvariant()}";

    public static string Term(RdfTerm term) => term switch
    {
        RdfIri iri => Iri(iri.Value),
        RdfLiteral { Language: { } language } literal => Text(literal.Text, language),
        RdfLiteral { Datatype: { } datatype } literal when datatype.Value != "http://www.w3.org/2001/XMLSchema#string" =>
            $"{Quoted(literal.Text)}^^{Iri(datatype.Value)}",
        RdfLiteral literal => Quoted(literal.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Not an RDF term."),
    };

    /// <summary>Canonical N-Triples escaping: only controls, quote, backslash, DEL and the two non-characters.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text)
        {
            quoted.Append(character switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' or '\u007F' or '\uFFFE' or '\uFFFF' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}"),
                _ => character.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
