using System.Net;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Auth.Participants;

public sealed class ParticipantHubAuthorizationTests(ParticipantAppFactory app) : IClassFixture<ParticipantAppFactory>
{
    private readonly Guid sessionA = Guid.CreateVersion7();
    private readonly Guid sessionB = Guid.CreateVersion7();

    [Fact]
    public async Task A_connection_with_a_token_for_the_session_may_call_for_that_session_only()
    {
        var token = app.Issuer.Issue(ParticipantTicket.ForGuest(sessionA, Guid.CreateVersion7(), "Projector"));
        await using var connection = Connect(sessionA, token);
        await connection.StartAsync();

        (await connection.InvokeAsync<string>(nameof(ParticipantProbeHub.WhoAmI), sessionA)).ShouldBe($"Projector in {sessionA}");
        var refused = await Should.ThrowAsync<HubException>(() => connection.InvokeAsync<string>(nameof(ParticipantProbeHub.WhoAmI), sessionB));
        refused.Message.ShouldContain("unauthorized");
    }

    [Fact]
    public async Task A_connection_without_a_token_is_refused()
    {
        await using var connection = Connect(sessionA, token: null);

        var refused = await Should.ThrowAsync<HttpRequestException>(() => connection.StartAsync());

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private HubConnection Connect(Guid sessionId, string? token)
    {
        var server = app.Server;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, $"{ParticipantProbeHub.Path}?sessionId={sessionId}"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult(token);
            })
            .Build();
    }
}
