using System.Security.Claims;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.ClaimingParticipation;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ClaimingParticipation;

public sealed class GuestParticipationClaimTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private readonly Guid sessionId = Guid.CreateVersion7();
    private readonly Guid participantId = Guid.CreateVersion7();
    private readonly Guid userId = Guid.CreateVersion7();

    [Fact]
    public async Task The_first_claim_of_a_guest_is_recorded_once_and_a_second_changes_nothing()
    {
        var guest = ParticipantPrincipal.Create(ParticipantTicket.ForGuest(sessionId, participantId, "Guest 7"));

        (await ClaimAsync(guest, userId)).ShouldBeTrue();
        (await ClaimAsync(guest, Guid.CreateVersion7())).ShouldBeFalse();

        var claimed = (await ClaimEventsAsync()).ShouldHaveSingleItem();
        claimed.SessionId.ShouldBe(sessionId);
        claimed.ParticipantId.ShouldBe(participantId);
        claimed.UserId.ShouldBe(userId);
        claimed.ClaimedAt.ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Claims_racing_each_other_record_one()
    {
        // Several rounds, each on a new participant, so the race for a new stream actually happens.
        for (var round = 0; round < 10; round++)
        {
            var participant = Guid.CreateVersion7();
            var guest = ParticipantPrincipal.Create(ParticipantTicket.ForGuest(sessionId, participant, "Guest 7"));

            var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ClaimAsync(guest, userId)));

            results.Count(recorded => recorded).ShouldBe(1);
            (await ClaimEventsAsync(participant)).Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task An_account_participant_has_nothing_to_claim()
    {
        var account = ParticipantPrincipal.Create(ParticipantTicket.ForAccount(sessionId, participantId, "Ada", userId));

        (await ClaimAsync(account, userId)).ShouldBeFalse();

        (await ClaimEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_user_who_is_no_participant_has_nothing_to_claim()
    {
        var stranger = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userId.ToString())], "Cookies"));

        (await ClaimAsync(stranger, userId)).ShouldBeFalse();
    }

    [Fact]
    public async Task Claiming_replaces_the_participant_cookie_with_an_account_token()
    {
        var guest = ParticipantPrincipal.Create(ParticipantTicket.ForGuest(sessionId, participantId, "Guest 7"));
        var http = new DefaultHttpContext();

        (await ClaimAsync(guest, userId, http)).ShouldBeTrue();

        var cookie = SetCookieHeaderValue.ParseList([.. http.Response.Headers.SetCookie.OfType<string>()])
            .ShouldHaveSingleItem();
        cookie.Name.ToString().ShouldBe(ParticipantCookie.Name);
        cookie.HttpOnly.ShouldBeTrue();
        var validation = app.Services.GetRequiredService<ParticipantTokenValidator>().Validate(cookie.Value.ToString());
        validation.Ticket.ShouldBe(ParticipantTicket.ForAccount(sessionId, participantId, "Guest 7", userId));
        // A cookie's expiry is sent in whole seconds.
        cookie.Expires.ShouldNotBeNull().ShouldBe(validation.ExpiresAt.ShouldNotBeNull(), TimeSpan.FromSeconds(1));
    }

    private async Task<bool> ClaimAsync(ClaimsPrincipal participant, Guid user, HttpContext? http = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = http;
        try
        {
            return await scope.ServiceProvider.GetRequiredService<GuestParticipationClaim>().ClaimAsync(participant, user, CancellationToken.None);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private async Task<List<GuestParticipationClaimed>> ClaimEventsAsync(Guid? participant = null)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(participant ?? participantId);
        return events.Select(@event => @event.Data).OfType<GuestParticipationClaimed>().ToList();
    }
}
