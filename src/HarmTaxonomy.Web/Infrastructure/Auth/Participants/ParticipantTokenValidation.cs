namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>What reading a participant token found: the ticket and expiry, or why the token is refused.</summary>
public sealed record ParticipantTokenValidation(ParticipantTicket? Ticket, DateTimeOffset? ExpiresAt, string? Failure)
{
    public const string Malformed = "The participant token is malformed.";
    public const string NotIssuedHere = "The participant token was altered or was not issued by this application.";

    public bool Succeeded => Ticket is not null;

    public static ParticipantTokenValidation Valid(ParticipantTicket ticket, DateTimeOffset expiresAt) => new(ticket, expiresAt, null);

    public static ParticipantTokenValidation Invalid(string failure) => new(null, null, failure);

    public static ParticipantTokenValidation Expired(DateTimeOffset expiresAt) =>
        new(null, expiresAt, $"The participant token expired at {expiresAt:O}.");
}
