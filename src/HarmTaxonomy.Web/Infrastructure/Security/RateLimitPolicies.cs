namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>
/// Names of the rate limiting policies. Attach one to an endpoint with <c>.RequireRateLimiting(RateLimitPolicies.Token)</c>,
/// or to a page with <c>@attribute [EnableRateLimiting(RateLimitPolicies.SignIn)]</c>. Each policy allows a configured
/// number of requests per client address in a fixed one-minute window (<see cref="RateLimitOptions"/>); a refused
/// request gets a 429 problem response with a Retry-After header.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in attempts (the form POST at /account/login); GETs of the form are not counted.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Joining a session with a join code (the API, and the form POST at /join); GETs of the form are not counted.</summary>
    public const string Join = "join";

    /// <summary>The OAuth token endpoint (/connect/token).</summary>
    public const string Token = "token";
}
