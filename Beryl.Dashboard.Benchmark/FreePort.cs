using System.Net;
using System.Net.Sockets;

namespace Beryl.Dashboard.Benchmark;

/// <summary>A TCP port of 127.0.0.1 that nothing listens on now (the served app's, the bench's PostgreSQL's).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
