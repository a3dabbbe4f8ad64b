using Microsoft.AspNetCore.Authorization;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>The participant's token must be for the session the request or hub call is about.</summary>
public sealed class SessionParticipantRequirement : IAuthorizationRequirement
{
    public const string SessionIdName = "sessionId";
}
