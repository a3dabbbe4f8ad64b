namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>
/// Requests allowed per client address and minute, under <c>RateLimits</c> in configuration. The defaults suit people;
/// a load test from one loopback address needs them raised.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int JoinPerMinute { get; set; } = 30;

    public int TokenPerMinute { get; set; } = 60;
}
