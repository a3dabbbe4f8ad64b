using OpenIddict.Abstractions;

namespace HarmTaxonomy.Web.Infrastructure.OAuth;

/// <summary>
/// Ends what apps hold in a person's name: every token and authorization issued for them. Used when the password
/// changes (as browser sessions end then too) and when the account is deleted.
/// </summary>
public sealed class OAuthGrants(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public async Task RevokeAllForAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await tokens.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
        await authorizations.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
    }
}
