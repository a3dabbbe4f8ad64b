using System.Net;
using System.Net.Sockets;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// Free TCP ports on 127.0.0.1. A port is only known free at the moment of asking, so the
/// launcher retries with another one when the server loses the race for it.
/// </summary>
internal static class LoopbackPort
{
    public static int PickFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static bool IsInUse(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }
}
