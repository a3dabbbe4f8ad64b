using HarmTaxonomy.Domain.Sessions;

namespace HarmTaxonomy.Web.Features.Sessions.Facilitating;

/// <summary>
/// A write from a facilitator screen: done (with what it returned), or refused by a session rule with its message
/// and the field it concerns, so a form can show the message next to that field and keep what was typed.
/// </summary>
public sealed record SessionAttempt<T>(T? Value, string? Field, string? Problem)
{
    public bool Succeeded => Problem is null;

    public string? ErrorFor(string field) => string.Equals(Field, field, StringComparison.Ordinal) ? Problem : null;

    /// <summary>A refusal no shown field can carry (a closed session, a taxonomy gone): the form shows it above its buttons.</summary>
    public string? ProblemOutside(params string[] fieldsShown) =>
        Problem is not null && (Field is null || !fieldsShown.Contains(Field, StringComparer.Ordinal)) ? Problem : null;
}

/// <summary>Runs a write and turns a refusal by the session's rules into a <see cref="SessionAttempt{T}"/>; other failures propagate.</summary>
public static class SessionAttempt
{
    public static async Task<SessionAttempt<T>> TryAsync<T>(Func<Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return new SessionAttempt<T>(await write(), null, null);
        }
        catch (SessionRuleException refused)
        {
            return new SessionAttempt<T>(default, refused.Field, refused.Message);
        }
    }
}
