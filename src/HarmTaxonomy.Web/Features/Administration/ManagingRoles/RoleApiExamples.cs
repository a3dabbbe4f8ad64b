using HarmTaxonomy.Domain.Accounts;

namespace HarmTaxonomy.Web.Features.Administration.ManagingRoles;

/// <summary>The example bodies the API reference shows for administration.</summary>
public static class RoleApiExamples
{
    private static readonly Guid UserId = Guid.Parse("0193a0c4-0000-7000-8000-000000000002");
    private static readonly DateTimeOffset When = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<AccountSummary> Accounts { get; } = [new(UserId, "ana@example.org", "Ana", ["Participant", "Curator"], false, When)];

    public static IReadOnlyList<RoleChange> Changes { get; } = [new(Guid.Parse("0193a0c4-0000-7000-8000-000000000003"), UserId, "Curator", true, "admin@example.org", When)];

    public static object Changed { get; } = new { userId = UserId, role = "Curator", changed = true, roles = new[] { "Participant", "Curator" } };
}
