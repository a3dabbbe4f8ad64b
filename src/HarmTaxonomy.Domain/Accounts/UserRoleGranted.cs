namespace HarmTaxonomy.Domain.Accounts;

/// <summary>A role was given to an account. <paramref name="GrantedBy"/> is an account id or a <c>system:</c> actor.</summary>
public sealed record UserRoleGranted(Guid UserId, string Role, string GrantedBy, DateTimeOffset GrantedAt);
