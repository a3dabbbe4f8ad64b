namespace HarmTaxonomy.Domain.Accounts;

/// <summary>Someone deleted their account. Their contributions stay, attributed to no one.</summary>
public sealed record AccountDeleted(Guid UserId, DateTimeOffset DeletedAt);
