namespace HarmTaxonomy.Web.Infrastructure.Auth;

/// <summary>Names of the app's authorization policies, for <c>RequireAuthorization</c> and <c>[Authorize(Policy = ...)]</c>.</summary>
public static class AuthorizationPolicies
{
    /// <summary>
    /// A participant token for the session the request is about: the <c>sessionId</c> route value, the
    /// <c>sessionId</c> argument of a hub method, or the <c>sessionId</c> query value of a hub connection.
    /// </summary>
    public const string SessionParticipant = "SessionParticipant";
}
