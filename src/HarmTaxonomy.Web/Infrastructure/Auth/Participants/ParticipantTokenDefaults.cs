namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>Names shared by the issuer, the authentication scheme, the cookie and the documentation.</summary>
public static class ParticipantTokenDefaults
{
    public const string AuthenticationScheme = "ParticipantToken";

    /// <summary>Every participant token starts with this, so other bearer tokens are told apart without decrypting.</summary>
    public const string Prefix = "htp_";

    /// <summary>Where SignalR clients put the token when they cannot send headers (WebSockets and SSE in browsers).</summary>
    public const string QueryParameter = "access_token";

    /// <summary>The only paths on which <see cref="QueryParameter"/> is read: query strings end up in logs and histories.</summary>
    public const string HubsPath = "/hubs";
}
