using System.Security.Cryptography;
using System.Text.Json;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.Localization;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.ApiClients.ManagingClients;

/// <summary>An API client as its owner (or an admin) sees it. The secret is never stored in a readable form.</summary>
public sealed record ApiClientSummary(string ClientId, string Name, IReadOnlyList<string> Scopes, string? RedirectUri, Guid? Owner);

/// <summary>A client just created; <see cref="Secret"/> is shown once and is null for interactive (PKCE) apps.</summary>
public sealed record CreatedApiClient(string ClientId, string? Secret);

/// <summary>
/// People with delegable roles create API clients for themselves: confidential clients for tools (client
/// credentials), or public apps that act for a person (authorization code + PKCE + refresh tokens).
/// </summary>
public sealed class ApiClientRegistry(
    IOpenIddictApplicationManager applications, UserManager<AppUser> users, IStringLocalizer<AppStrings> text)
{
    public const int NameMaxLength = 80;

    /// <summary>The viewer's own clients, or every client when the viewer is an admin (checked now, not from a cookie).</summary>
    public async Task<ApiClientSummary[]> ListAsync(Guid viewer, CancellationToken cancellationToken = default)
    {
        var isAdmin = await IsAdminAsync(viewer);
        var clients = new List<ApiClientSummary>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var summary = await SummarizeAsync(application, cancellationToken);
            if (isAdmin || summary.Owner == viewer)
            {
                clients.Add(summary);
            }
        }

        return [.. clients.OrderBy(client => client.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<CreatedApiClient> CreateAsync(NewApiClient request, Guid owner, IReadOnlyCollection<string> ownerRoles, CancellationToken cancellationToken = default)
    {
        var errors = request.Validate(ApiScopes.HeldBy(ownerRoles), text);
        if (errors.Count > 0)
        {
            throw new ApiClientValidationException(errors);
        }

        var clientId = $"htc_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        if (request.RedirectUri is { Length: > 0 } redirect)
        {
            await applications.CreateAsync(InteractiveApp(clientId, request, new Uri(redirect), owner), cancellationToken);
            return new CreatedApiClient(clientId, Secret: null);
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await applications.CreateAsync(
            ApiClientDescriptors.Confidential(clientId, request.Name.Trim(), secret, request.Scopes, owner), cancellationToken);
        return new CreatedApiClient(clientId, secret);
    }

    /// <summary>Deletes the client and, with it, every token it was given. Only its owner or an admin may.</summary>
    public async Task<bool> RevokeAsync(string clientId, Guid actor, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var summary = await SummarizeAsync(application, cancellationToken);
        if (summary.Owner != actor && !await IsAdminAsync(actor))
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    private async Task<bool> IsAdminAsync(Guid account) =>
        await users.FindByIdAsync(account.ToString()) is { } user && await users.IsInRoleAsync(user, Roles.Admin);

    private async Task<ApiClientSummary> SummarizeAsync(object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var redirects = await applications.GetRedirectUrisAsync(application, cancellationToken);
        var owner = await ApiClientOwnership.OwnerOfAsync(applications, application, cancellationToken);
        return new ApiClientSummary(
            await applications.GetClientIdAsync(application, cancellationToken) ?? "",
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])
                .Where(ApiScopes.IsKnown)],
            redirects.FirstOrDefault(),
            owner);
    }

    private static OpenIddictApplicationDescriptor InteractiveApp(string clientId, NewApiClient request, Uri redirect, Guid owner)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = request.Name.Trim(),
            RedirectUris = { redirect },
            PostLogoutRedirectUris = { redirect },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var scope in request.Scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[ApiClientDescriptors.OwnerProperty] = JsonSerializer.SerializeToElement(owner.ToString());
        return descriptor;
    }
}
