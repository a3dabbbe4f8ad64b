namespace HarmTaxonomy.Domain.Sessions;

/// <summary>
/// A request broke a rule of the session: a wrong phase, a hidden item, a text too long. <see cref="Field"/> names
/// the input (camelCase, as in the API body and hub arguments) so a form can show the message next to it.
/// </summary>
public sealed class SessionRuleException : Exception
{
    public SessionRuleException(string field, string message, SessionRuleKind kind = SessionRuleKind.Invalid)
        : base(message)
    {
        Field = field;
        Kind = kind;
    }

    public SessionRuleException()
        : this("", "A session rule was broken.")
    {
    }

    public SessionRuleException(string message)
        : this("", message)
    {
    }

    public SessionRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
    }

    public string Field { get; }

    public SessionRuleKind Kind { get; }
}

/// <summary>Invalid input answers 400; an unknown id 404; not allowed for this person 403; a clash with the session's state 409.</summary>
public enum SessionRuleKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
