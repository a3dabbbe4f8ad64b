namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>The <c>ParticipantTokens</c> configuration section.</summary>
public sealed class ParticipantTokenOptions
{
    public const string Section = "ParticipantTokens";
    public const int MaxLifetimeMinutes = 7 * 24 * 60;

    /// <summary>How long a token is valid when the issuer is not told otherwise: 240 minutes (four hours).</summary>
    public int LifetimeMinutes { get; set; } = 240;
}
