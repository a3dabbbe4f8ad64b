using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>
/// The policies named in <see cref="RateLimitPolicies"/>: a fixed one-minute window per client address
/// (<see cref="ClientPartition"/>), with the limits from <see cref="RateLimitOptions"/>. Endpoints without a policy are
/// not limited.
/// </summary>
public static class RateLimiting
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Client keys are addresses or "unknown", so this never collides with one.
    private const string NotCounted = "not-counted";

    public static IServiceCollection AddHarmTaxonomyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(options => options.SignInPerMinute >= 1, MustBePositive(nameof(RateLimitOptions.SignInPerMinute)))
            .Validate(options => options.JoinPerMinute >= 1, MustBePositive(nameof(RateLimitOptions.JoinPerMinute)))
            .Validate(options => options.TokenPerMinute >= 1, MustBePositive(nameof(RateLimitOptions.TokenPerMinute)))
            .ValidateOnStart();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            // The sign-in page is one endpoint for showing the form (GET) and sending it (POST); only attempts count.
            // The uncounted partition needs a key of its own: partitions are cached by key, so sharing the client's key
            // would let whichever request came first decide for both.
            limiter.AddPolicy(RateLimitPolicies.SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? PerClientPerMinute(http, options => options.SignInPerMinute)
                : RateLimitPartition.GetNoLimiter(NotCounted));
            // The join page is one endpoint for the form and its posts, like sign-in; the join API is POST only.
            limiter.AddPolicy(RateLimitPolicies.Join, http => HttpMethods.IsPost(http.Request.Method)
                ? PerClientPerMinute(http, options => options.JoinPerMinute)
                : RateLimitPartition.GetNoLimiter(NotCounted));
            limiter.AddPolicy(RateLimitPolicies.Token, http => PerClientPerMinute(http, options => options.TokenPerMinute));
        });
        return services;
    }

    private static string MustBePositive(string setting) =>
        $"{RateLimitOptions.SectionName}:{setting} must be a whole number of at least 1.";

    private static RateLimitPartition<string> PerClientPerMinute(HttpContext http, Func<RateLimitOptions, int> limit)
    {
        var permits = limit(http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue);
        return RateLimitPartition.GetFixedWindowLimiter(ClientPartition.KeyFor(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        });
    }
}
