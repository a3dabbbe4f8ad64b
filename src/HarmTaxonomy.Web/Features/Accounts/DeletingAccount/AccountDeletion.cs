using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.DeletingAccount;

public enum AccountDeletionOutcome
{
    Deleted,

    /// <summary>Refused: the instance would be left without an administrator.</summary>
    LastAdmin,
}

/// <summary>
/// Deletes an account: the Identity user (with its roles, claims and logins) goes, and <see cref="AccountDeleted"/>
/// is appended to the account's stream, after its role history; its API clients and OAuth tokens are revoked. What the
/// person contributed stays, attributed to no one.
/// </summary>
public sealed class AccountDeletion(
    UserManager<AppUser> users,
    IDocumentStore store,
    ApiClientRegistry clients,
    OAuthGrants grants,
    LastAdminGuard lastAdmin,
    TimeProvider clock,
    ILogger<AccountDeletion> logger)
{
    public async Task<AccountDeletionOutcome> DeleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        var isAdmin = await users.IsInRoleAsync(user, Roles.Admin);
        await using var adminSeat = isAdmin ? await lastAdmin.TryReserveRemovalAsync(user, cancellationToken) : null;
        if (isAdmin && adminSeat is null)
        {
            return AccountDeletionOutcome.LastAdmin;
        }

        var userId = user.Id;

        // From here on the work is destructive and several steps long: a closed browser must not stop it halfway.
        cancellationToken = CancellationToken.None;

        // Nothing keeps speaking for a deleted account: its API clients, its apps' tokens and grants all go first.
        foreach (var client in await clients.ListAsync(userId, cancellationToken))
        {
            if (client.Owner == userId)
            {
                await clients.RevokeAsync(client.ClientId, userId, cancellationToken);
            }
        }

        await grants.RevokeAllForAsync(userId, cancellationToken);

        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not delete the account {userId}: {string.Join(" ", result.Errors.Select(error => error.Description))}");
        }

        // The account is gone either way; a missing event is logged so the audit trail can be completed by hand.
        try
        {
            await using var session = store.LightweightSession();
            session.Events.Append(userId, new AccountDeleted(userId, clock.GetUtcNow()));
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The account {UserId} was deleted but AccountDeleted could not be recorded", userId);
        }

        logger.LogInformation("The account {UserId} was deleted by its holder", userId);
        return AccountDeletionOutcome.Deleted;
    }
}
