using Microsoft.AspNetCore.DataProtection;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>Reads a participant token and checks it has not expired, by the injected clock.</summary>
public sealed class ParticipantTokenValidator(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private readonly ParticipantTokenFormat format = new(dataProtection);

    public ParticipantTokenValidation Validate(string token)
    {
        var read = format.Unprotect(token);
        return read.ExpiresAt is { } expiresAt && clock.GetUtcNow() >= expiresAt
            ? ParticipantTokenValidation.Expired(expiresAt)
            : read;
    }
}
