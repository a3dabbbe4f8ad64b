namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// A command broke a rule the person can fix. <see cref="Field"/> names the input (camelCase, as in the API body)
/// so the UI can show the message next to it and the API can put it in a ProblemDetails <c>errors</c> entry.
/// </summary>
public sealed class TaxonomyRuleException : Exception
{
    public TaxonomyRuleException(string field, string message, TaxonomyRuleKind kind = TaxonomyRuleKind.Invalid)
        : base(message)
    {
        Field = field;
        Kind = kind;
    }

    public TaxonomyRuleException()
        : this("", "A taxonomy rule was broken.")
    {
    }

    public TaxonomyRuleException(string message)
        : this("", message)
    {
    }

    public TaxonomyRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
    }

    public string Field { get; }

    public TaxonomyRuleKind Kind { get; }

    /// <summary>Facts a client can act on, such as the smallest version a publish would accept.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Every field the input got wrong, with its message, for commands that check several figures at once (so a form
    /// marks them all in one go); by default only <see cref="Field"/> with the message.
    /// </summary>
    public IReadOnlyDictionary<string, string> FieldErrors
    {
        get => fieldErrors ?? new Dictionary<string, string>(StringComparer.Ordinal) { [Field] = Message };
        init => fieldErrors = value;
    }

    private readonly IReadOnlyDictionary<string, string>? fieldErrors;
}

/// <summary>Invalid input answers 400; an id that names nothing answers 404; a clash with existing data 409.</summary>
public enum TaxonomyRuleKind
{
    Invalid,
    NotFound,
    Conflict,
}
