using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Infrastructure.OAuth;

/// <summary>
/// What a token may do. Published taxonomy versions need no token at all; drafts, sessions and administration do.
/// A person can only hand a tool the scopes their own roles hold.
/// </summary>
public static class ApiScopes
{
    public const string TaxonomiesRead = "taxonomies.read";
    public const string TaxonomiesWrite = "taxonomies.write";
    public const string SessionsRead = "sessions.read";
    public const string SessionsWrite = "sessions.write";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [TaxonomiesRead, TaxonomiesWrite, SessionsRead, SessionsWrite, Admin];

    private static readonly Dictionary<string, string[]> ByRole = new(StringComparer.Ordinal)
    {
        [Roles.Participant] = [],
        [Roles.Researcher] = [TaxonomiesRead, SessionsRead],
        [Roles.Curator] = [TaxonomiesRead, TaxonomiesWrite, SessionsRead],
        [Roles.Facilitator] = [TaxonomiesRead, SessionsRead, SessionsWrite],
        [Roles.Admin] = [.. All],
    };

    public static IReadOnlySet<string> HeldBy(IEnumerable<string> roles) =>
        roles.SelectMany(role => ByRole.TryGetValue(role, out var scopes) ? scopes : []).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
