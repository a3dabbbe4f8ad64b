using System.Net;
using System.Net.Http.Headers;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ClaimingParticipation;

public sealed class GuestClaimOnRegistrationTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task A_guest_who_registers_takes_their_participation_with_them()
    {
        var sessionId = Guid.CreateVersion7();
        var participantId = Guid.CreateVersion7();
        var guestToken = app.Services.GetRequiredService<ParticipantTokenIssuer>().Issue(ParticipantTicket.ForGuest(sessionId, participantId, "Guest 7"));
        var form = FormClient.For(app);
        form.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", guestToken);
        var email = TestAccounts.NewEmail("guest");

        var response = await form.SubmitAsync("/account/register", "register",
            ("Input.Email", email), ("Input.DisplayName", "Former guest"),
            ("Input.Password", TestAccounts.Password), ("Input.ConfirmPassword", TestAccounts.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        var account = await app.FindAccountAsync(email);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var claimed = (await session.Events.FetchStreamAsync(participantId)).Select(e => e.Data).OfType<GuestParticipationClaimed>().ShouldHaveSingleItem();
        claimed.UserId.ShouldBe(account!.Id);
        claimed.SessionId.ShouldBe(sessionId);
        response.Headers.GetValues("Set-Cookie").ShouldContain(cookie => cookie.StartsWith(ParticipantCookie.Name + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registering_without_a_guest_identity_claims_nothing()
    {
        var form = FormClient.For(app);

        var response = await form.SubmitAsync("/account/register", "register",
            ("Input.Email", TestAccounts.NewEmail("plain")), ("Input.DisplayName", "Plain"),
            ("Input.Password", TestAccounts.Password), ("Input.ConfirmPassword", TestAccounts.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Headers.GetValues("Set-Cookie").ShouldNotContain(cookie => cookie.StartsWith(ParticipantCookie.Name + "=", StringComparison.Ordinal));
    }
}
