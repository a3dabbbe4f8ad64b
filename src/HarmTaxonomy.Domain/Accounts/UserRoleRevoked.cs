namespace HarmTaxonomy.Domain.Accounts;

/// <summary>A role was taken from an account.</summary>
public sealed record UserRoleRevoked(Guid UserId, string Role, string RevokedBy, DateTimeOffset RevokedAt);
