using System.Net;
using System.Net.Sockets;

namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>Which client a request counts against for rate limits: its address, or for IPv6 its /64 network.</summary>
public static class ClientPartition
{
    /// <summary>Requests without a remote address (none in normal hosting) share one budget.</summary>
    public const string Unknown = "unknown";

    // One subscriber is normally given a whole IPv6 /64, so counting single IPv6 addresses would let a client
    // rotate through them and never be limited.
    private const int IPv6NetworkBytes = 8;

    public static string KeyFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, IPv6NetworkBytes, bytes.Length - IPv6NetworkBytes);
        return $"{new IPAddress(bytes)}/64";
    }
}
