namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// Whether a participant joined as a guest or with an account. Explicit values because they are stored inside
/// tokens; zero is left unused so an unset kind is never mistaken for a real one.
/// </summary>
public enum ParticipantKind
{
    Guest = 1,
    Account = 2,
}

/// <summary>The kind as it appears in claims and JSON: <c>guest</c> or <c>account</c>.</summary>
public static class ParticipantKinds
{
    public const string Guest = "guest";
    public const string Account = "account";

    public static string ToValue(this ParticipantKind kind) => kind switch
    {
        ParticipantKind.Guest => Guest,
        ParticipantKind.Account => Account,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown participant kind."),
    };

    public static ParticipantKind? Parse(string? value) => value switch
    {
        Guest => ParticipantKind.Guest,
        Account => ParticipantKind.Account,
        _ => null,
    };
}
