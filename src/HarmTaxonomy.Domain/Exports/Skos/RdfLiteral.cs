namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// A literal: plain, language-tagged (<see cref="Language"/>) or typed (<see cref="Datatype"/>), never both,
/// as RDF 1.1 allows.
/// </summary>
public sealed record RdfLiteral : RdfTerm
{
    private RdfLiteral(string text, string? language, RdfIri? datatype)
    {
        Text = text;
        Language = language;
        Datatype = datatype;
    }

    public string Text { get; }

    public string? Language { get; }

    public RdfIri? Datatype { get; }

    public static RdfLiteral Plain(string text) => new(text, null, null);

    public static RdfLiteral Tagged(string text, string language) => new(text, LanguageTag.Checked(language), null);

    public static RdfLiteral Typed(string text, RdfIri datatype) => new(text, null, datatype);

    public static RdfLiteral Date(DateOnly date) =>
        Typed(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), RdfVocabulary.XsdTypes.Date);

    public static RdfLiteral Boolean(bool value) => Typed(value ? "true" : "false", RdfVocabulary.XsdTypes.Boolean);
}
