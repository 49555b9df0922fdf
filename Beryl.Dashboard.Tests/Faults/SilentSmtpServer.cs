using System.Net;
using System.Net.Sockets;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// A mail server that has hung: it accepts TCP connections on a port and never says a word (no SMTP greeting),
/// so a client without a timeout would wait forever.
/// </summary>
public sealed class SilentSmtpServer : IDisposable
{
    private readonly TcpListener listener;
    private readonly List<TcpClient> accepted = [];
    private readonly CancellationTokenSource stopping = new();

    public SilentSmtpServer(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>How many connections it has accepted (and left unanswered).</summary>
    public int Connections
    {
        get
        {
            lock (accepted)
                return accepted.Count;
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                lock (accepted)
                    accepted.Add(client);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        lock (accepted)
            accepted.ForEach(c => c.Dispose());
        stopping.Dispose();
    }
}
