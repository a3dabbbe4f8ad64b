using System.Globalization;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// Times as Polis exports them: <c>timestamp</c> in whole seconds since 1970 (it divides its milliseconds by 1000),
/// and <c>datetime</c> as JavaScript's <c>Date.toString()</c> on a server in UTC, such as
/// <c>Wed Oct 23 2024 21:21:17 GMT+0000 (Coordinated Universal Time)</c>.
/// </summary>
public static class PolisTime
{
    /// <summary>10¹¹ seconds is the year 5138: a larger timestamp is read as milliseconds, which some tools write.</summary>
    public const long MillisecondsFrom = 100_000_000_000;

    private static readonly long LatestSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static long Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds();

    public static string Datetime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd MMM dd yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT+0000 (Coordinated Universal Time)";

    /// <summary>The time of a timestamp in seconds (or milliseconds, see <see cref="MillisecondsFrom"/>), or null when it is no time.</summary>
    public static DateTimeOffset? FromTimestamp(long timestamp) => timestamp switch
    {
        < 0 => null,
        >= MillisecondsFrom => timestamp / 1000 <= LatestSeconds ? DateTimeOffset.FromUnixTimeMilliseconds(timestamp) : null,
        _ => timestamp <= LatestSeconds ? DateTimeOffset.FromUnixTimeSeconds(timestamp) : null,
    };
}
