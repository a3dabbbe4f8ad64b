using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// The <c>ParticipantToken</c> authentication scheme. The first credential the request carries decides:
/// the <c>Authorization: Bearer</c> header, then <c>access_token</c> in the query (only under <c>/hubs</c>),
/// then the <c>ht-participant</c> cookie. A header or query token without the <c>htp_</c> prefix belongs to
/// another scheme (OpenIddict, later), so this one steps aside with no result. Challenges and refusals answer
/// with an <c>application/problem+json</c> body.
/// </summary>
public sealed class ParticipantTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ParticipantTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (FindToken(Request) is not { } token)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var validation = validator.Validate(token);
        if (validation is not { Ticket: { } ticket, ExpiresAt: { } expiresAt })
        {
            return Task.FromResult(AuthenticateResult.Fail(validation.Failure ?? ParticipantTokenValidation.Malformed));
        }

        // ExpiresUtc lets hubs mapped with CloseOnAuthenticationExpiration end connections when the token does.
        var properties = new AuthenticationProperties { ExpiresUtc = expiresAt };
        var principal = ParticipantPrincipal.Create(ticket, Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, properties, Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{failure}\"");
        await TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Participant token required",
                detail: failure ?? "Send a participant token: Authorization: Bearer htp_..., or the ht-participant cookie.")
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not a participant of this session",
                detail: "The participant token admits its holder to another session, or the request names no session.")
            .ExecuteAsync(Context);

    internal static string? FindToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            const string bearer = "Bearer ";
            return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? Ours(authorization[bearer.Length..].Trim()) : null;
        }

        if (request.Path.StartsWithSegments(ParticipantTokenDefaults.HubsPath, StringComparison.OrdinalIgnoreCase)
            && request.Query[ParticipantTokenDefaults.QueryParameter].ToString() is { Length: > 0 } queryToken)
        {
            return Ours(queryToken);
        }

        // The cookie is this scheme's alone: whatever it holds is judged, and refused when it is no token.
        return request.Cookies[ParticipantCookie.Name] is { Length: > 0 } cookieToken ? cookieToken : null;
    }

    private static string? Ours(string token) =>
        token.StartsWith(ParticipantTokenDefaults.Prefix, StringComparison.Ordinal) ? token : null;
}
