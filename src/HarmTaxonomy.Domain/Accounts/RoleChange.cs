namespace HarmTaxonomy.Domain.Accounts;

/// <summary>One line of the role audit log: who gave or took which role from whom, and when.</summary>
public sealed record RoleChange(Guid Id, Guid UserId, string Role, bool Granted, string ChangedBy, DateTimeOffset ChangedAt);
