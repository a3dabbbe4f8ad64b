using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Auth.Participants;

/// <summary>
/// A hub that exists only in the tests, guarded like the session hubs that later features add: the attribute on
/// the class guards the connection, the one on the method each call (SignalR does not apply the class's to calls).
/// </summary>
[Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
public sealed class ParticipantProbeHub : Hub
{
    public const string Path = "/hubs/participant-probe";

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public Task<string> WhoAmI(Guid sessionId) =>
        Task.FromResult($"{Context.User?.FindFirst(ParticipantClaimTypes.Name)?.Value} in {sessionId}");
}

public sealed class ParticipantProbeHubEndpoint : IEndpointContributor
{
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapHub<ParticipantProbeHub>(ParticipantProbeHub.Path, options => options.CloseOnAuthenticationExpiration = true);
}
