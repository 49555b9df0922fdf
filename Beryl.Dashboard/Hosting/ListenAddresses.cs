using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Hosting;

/// <summary>
/// The addresses the web app is told to listen on (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, default
/// http://localhost:5000), checked before anything starts: a port another program holds is one line naming it and
/// what to do, where Kestrel would fail after the jobs had started, with a stack trace.
/// </summary>
public static class ListenAddresses
{
    private const string Default = "http://localhost:5000";

    /// <exception cref="SettingsException">A port is taken on an address the app would listen on.</exception>
    public static void EnsureFree(WebApplication app)
    {
        // Only Kestrel listens (its implementation type is internal); a test host listens nowhere.
        if (!app.Services.GetRequiredService<IServer>().GetType().Name.StartsWith("Kestrel", StringComparison.Ordinal))
            return;
        var urls = app.Configuration["urls"] is { Length: > 0 } given ? given : Default;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(url, out var addresses, out var port) || port == 0)
                continue; // Kestrel's own message for what it cannot read; port 0 is any free one.
            foreach (var address in addresses)
                if (IsTaken(address, port))
                    throw new SettingsException(
                        $"Cannot listen on {url}: port {port} is already in use (another program, or another dashboard); " +
                        "stop it, or choose another address with --urls (make run URL=http://localhost:5081).");
        }
    }

    private static bool TryParse(string url, out IReadOnlyList<IPAddress> addresses, out int port)
    {
        addresses = [];
        port = 0;
        // "http://*:5000" and "http://+:5000" are not URIs: any host name stands for every address.
        var normalised = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri))
            return false;
        port = uri.Port;
        addresses = uri.Host switch
        {
            "localhost" => [IPAddress.Loopback],
            _ when IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) => [ip],
            _ => [IPAddress.Any],
        };
        return true;
    }

    private static bool IsTaken(IPAddress address, int port)
    {
        try
        {
            var listener = new TcpListener(address, port);
            listener.Start();
            listener.Stop();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            return false; // not ours to judge (an address this machine lacks): Kestrel says so
        }
    }
}
