using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// Issues participant tokens: short-lived, bound to one session and one participant. The lifetime defaults to
/// <c>ParticipantTokens:LifetimeMinutes</c>; the expiry is taken from the injected clock.
/// </summary>
public sealed class ParticipantTokenIssuer(IDataProtectionProvider dataProtection, TimeProvider clock, IOptions<ParticipantTokenOptions> options)
{
    private readonly ParticipantTokenFormat format = new(dataProtection);

    public TimeSpan DefaultLifetime => TimeSpan.FromMinutes(options.Value.LifetimeMinutes);

    public string Issue(ParticipantTicket ticket, TimeSpan? lifetime = null) => IssueWithExpiry(ticket, lifetime).Token;

    /// <summary>Issues a token and says when it expires (for the cookie's own expiry, for example).</summary>
    public IssuedParticipantToken IssueWithExpiry(ParticipantTicket ticket, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Problem() is { } problem)
        {
            throw new ArgumentException($"Cannot issue a participant token: {problem}", nameof(ticket));
        }

        var validFor = lifetime ?? DefaultLifetime;
        if (validFor <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A participant token's lifetime must be positive.");
        }

        // Truncated to what the token stores, so the caller and the token agree on the instant.
        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds((clock.GetUtcNow() + validFor).ToUnixTimeMilliseconds());
        return new IssuedParticipantToken(format.Protect(ticket, expiresAt), expiresAt);
    }
}

/// <summary>A freshly issued token and its expiry (to the millisecond, as stored in the token).</summary>
public sealed record IssuedParticipantToken(string Token, DateTimeOffset ExpiresAt);
