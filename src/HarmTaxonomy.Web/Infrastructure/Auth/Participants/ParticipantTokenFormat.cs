using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// The wire format: <c>htp_</c> + base64url(Data Protection(JSON of ticket and expiry)). The payload is encrypted
/// and authenticated with the app's key ring under a purpose of its own, so it cannot be read, altered or
/// replayed as any other protected value (cookies, antiforgery tokens).
/// </summary>
internal sealed class ParticipantTokenFormat(IDataProtectionProvider dataProtection)
{
    // Changing the purpose invalidates every token in circulation; do it together with a change of payload shape.
    private const string Purpose = "HarmTaxonomy.ParticipantTokens.v1";

    private readonly IDataProtector protector = dataProtection.CreateProtector(Purpose);

    public string Protect(ParticipantTicket ticket, DateTimeOffset expiresAt)
    {
        var payload = new Payload(ticket.SessionId, ticket.ParticipantId, ticket.DisplayName, ticket.Kind, ticket.UserId, expiresAt.ToUnixTimeMilliseconds());
        return ParticipantTokenDefaults.Prefix + WebEncoders.Base64UrlEncode(protector.Protect(JsonSerializer.SerializeToUtf8Bytes(payload)));
    }

    /// <summary>Reads a token without looking at the clock.</summary>
    public ParticipantTokenValidation Unprotect(string token)
    {
        if (!token.StartsWith(ParticipantTokenDefaults.Prefix, StringComparison.Ordinal) || token.Length == ParticipantTokenDefaults.Prefix.Length)
        {
            return ParticipantTokenValidation.Invalid(ParticipantTokenValidation.Malformed);
        }

        byte[] protectedBytes;
        try
        {
            protectedBytes = WebEncoders.Base64UrlDecode(token, ParticipantTokenDefaults.Prefix.Length, token.Length - ParticipantTokenDefaults.Prefix.Length);
        }
        catch (FormatException)
        {
            return ParticipantTokenValidation.Invalid(ParticipantTokenValidation.Malformed);
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(protector.Unprotect(protectedBytes));
        }
        catch (CryptographicException)
        {
            return ParticipantTokenValidation.Invalid(ParticipantTokenValidation.NotIssuedHere);
        }
        catch (JsonException)
        {
            return ParticipantTokenValidation.Invalid(ParticipantTokenValidation.Malformed);
        }

        if (payload is null)
        {
            return ParticipantTokenValidation.Invalid(ParticipantTokenValidation.Malformed);
        }

        var ticket = new ParticipantTicket(payload.S, payload.P, payload.N ?? "", payload.K, payload.U);
        return ticket.Problem() is null
            ? ParticipantTokenValidation.Valid(ticket, DateTimeOffset.FromUnixTimeMilliseconds(payload.E))
            : ParticipantTokenValidation.Invalid(ParticipantTokenValidation.Malformed);
    }

    // One-letter names keep the token short: it travels in every request, and in hub URLs.
    private sealed record Payload(Guid S, Guid P, string? N, ParticipantKind K, Guid? U, long E);
}
