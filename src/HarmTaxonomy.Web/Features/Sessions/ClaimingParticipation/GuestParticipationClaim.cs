using System.Security.Claims;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace HarmTaxonomy.Web.Features.Sessions.ClaimingParticipation;

/// <summary>
/// A guest who creates an account claims their participation: records <see cref="GuestParticipationClaimed"/>
/// once on the participant's stream (stream id = participant id) and, when serving an HTTP request, replaces the
/// <c>ht-participant</c> cookie with a token for the same participant as an account holder.
/// </summary>
public sealed class GuestParticipationClaim(
    IDocumentStore store,
    ParticipantTokenIssuer issuer,
    TimeProvider clock,
    IHttpContextAccessor httpContextAccessor,
    ILogger<GuestParticipationClaim> logger)
{
    /// <summary>
    /// True when the claim was recorded; false when <paramref name="participant"/> is not a guest participant or
    /// the participation was claimed before.
    /// </summary>
    public async Task<bool> ClaimAsync(ClaimsPrincipal participant, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("The user id is empty.", nameof(userId));
        }

        if (ParticipantPrincipal.ReadTicket(participant) is not { Kind: ParticipantKind.Guest } guest)
        {
            return false;
        }

        var claimed = new GuestParticipationClaimed(guest.SessionId, guest.ParticipantId, userId, clock.GetUtcNow());
        if (!await RecordOnceAsync(claimed, cancellationToken))
        {
            return false;
        }

        logger.LogInformation(
            "Guest participant {ParticipantId} of session {SessionId} claimed by user {UserId}",
            guest.ParticipantId, guest.SessionId, userId);
        ReissueCookie(guest with { Kind = ParticipantKind.Account, UserId = userId });
        return true;
    }

    private async Task<bool> RecordOnceAsync(GuestParticipationClaimed claimed, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRecordAsync(claimed, cancellationToken);
            }
            catch (Exception exception) when ((exception is ConcurrencyException or ExistingStreamIdCollisionException) && attempt < attempts)
            {
                // Something was appended to the participant's stream meanwhile, maybe the same claim: look again.
            }
        }
    }

    private async Task<bool> TryRecordAsync(GuestParticipationClaimed claimed, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.CorrelationId = httpContextAccessor.HttpContext?.TraceIdentifier ?? $"participation-claim:{Guid.CreateVersion7()}";

        var recorded = await session.Events.FetchStreamAsync(claimed.ParticipantId, token: cancellationToken);
        if (recorded.Any(@event => @event.Data is GuestParticipationClaimed))
        {
            return false;
        }

        // Starting the stream, or appending at the expected version, makes a concurrent write to this stream fail
        // instead of letting two racing claims both be recorded.
        if (recorded.Count == 0)
        {
            session.Events.StartStream(claimed.ParticipantId, claimed);
        }
        else
        {
            session.Events.Append(claimed.ParticipantId, recorded[^1].Version + 1, claimed);
        }

        await session.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void ReissueCookie(ParticipantTicket account)
    {
        if (httpContextAccessor.HttpContext?.Response is not { HasStarted: false } response)
        {
            // An interactive circuit has no response to set a cookie on: the page that claims must render statically.
            logger.LogWarning("Participant {ParticipantId} claimed, but no HTTP response could carry the new cookie", account.ParticipantId);
            return;
        }

        var issued = issuer.IssueWithExpiry(account);
        ParticipantCookie.Append(response, issued.Token, issued.ExpiresAt);
    }
}
