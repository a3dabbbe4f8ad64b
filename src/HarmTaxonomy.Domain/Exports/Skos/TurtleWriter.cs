using System.Text;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// Writes triples as Turtle a person can read: prefix declarations, then one block per subject in the order subjects
/// first appear, predicates joined by <c>;</c> and the objects of one predicate by <c>,</c>. No RDF library for .NET
/// is available here, so the syntax is written by hand and escaped by <see cref="TurtleEscaping"/>.
/// </summary>
public sealed class TurtleWriter(IReadOnlyList<RdfPrefix> prefixes)
{
    private const string Indent = "    ";

    public string Write(IEnumerable<RdfTriple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        var text = new StringBuilder();
        foreach (var prefix in prefixes)
        {
            text.Append("@prefix ").Append(prefix.Name).Append(": ").Append(TurtleEscaping.Iri(prefix.Namespace)).Append(" .\n");
        }

        foreach (var subject in triples.GroupBy(triple => triple.Subject))
        {
            text.Append('\n').Append(Term(subject.Key));
            var predicates = subject.GroupBy(triple => triple.Predicate).ToList();
            for (var index = 0; index < predicates.Count; index++)
            {
                text.Append(index == 0 ? " " : " ;\n" + Indent)
                    .Append(predicates[index].Key == RdfVocabulary.RdfType ? "a" : Term(predicates[index].Key))
                    .Append(' ')
                    .AppendJoin(", ", predicates[index].Select(triple => Term(triple.Value)));
            }

            text.Append(" .\n");
        }

        return text.ToString();
    }

    public string Term(RdfTerm term) => term switch
    {
        RdfIri iri => Name(iri),
        RdfLiteral literal => Literal(literal),
        _ => throw new ArgumentException($"Unknown RDF term {term.GetType().Name}.", nameof(term)),
    };

    private string Name(RdfIri iri)
    {
        foreach (var prefix in prefixes)
        {
            if (iri.Value.StartsWith(prefix.Namespace, StringComparison.Ordinal)
                && TurtleEscaping.IsSimpleLocalName(iri.Value[prefix.Namespace.Length..]))
            {
                return prefix.Name + ":" + iri.Value[prefix.Namespace.Length..];
            }
        }

        return TurtleEscaping.Iri(iri.Value);
    }

    private string Literal(RdfLiteral literal)
    {
        if (literal.Datatype == RdfVocabulary.XsdTypes.Boolean && literal.Text is "true" or "false")
        {
            return literal.Text;
        }

        var quoted = TurtleEscaping.QuotedString(literal.Text);
        return literal switch
        {
            { Language: { } language } => quoted + "@" + LanguageTag.Checked(language),
            { Datatype: { } datatype } => quoted + "^^" + Name(datatype),
            _ => quoted,
        };
    }
}
