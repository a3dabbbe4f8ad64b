namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>What a person may do. Every new account is a Participant; the others are granted by an admin.</summary>
public static class Roles
{
    public const string Participant = "Participant";
    public const string Facilitator = "Facilitator";
    public const string Curator = "Curator";
    public const string Researcher = "Researcher";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Participant, Facilitator, Curator, Researcher, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
