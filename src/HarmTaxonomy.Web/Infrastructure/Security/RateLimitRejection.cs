using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>The answer to a request over its limit: 429, Retry-After in seconds, and a problem body saying when to retry.</summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var http = rejected.HttpContext;
        // A fixed window reports the whole window rather than the part left of it: a client may wait longer than it
        // strictly has to, never too short.
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : RateLimiting.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;

        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRejection)).LogWarning(
            "Rate limit {Policy} refused {Method} {Path} from {Client}; retry in {Seconds} s.",
            policy, http.Request.Method, http.Request.Path, ClientPartition.KeyFor(http), seconds);

        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // Results.Problem always writes application/problem+json, whatever the request's Accept header says.
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Too many requests from your address. Try again in {seconds} seconds.",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds })
            .ExecuteAsync(http);
    }
}
