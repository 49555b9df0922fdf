using System.Net;
using System.Net.Sockets;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// The web app (the real executable, on Kestrel) asked to listen on a port another program holds: one line naming
/// the address and what to do, exit 2, before any job starts; not Kestrel's stack traces and an abort.
/// </summary>
public sealed class BusyPortTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_port_in_use_is_one_line_and_exit_2(string host)
    {
        using var folder = new TestDataFolder();
        var port = FreePort.Next();
        var other = new TcpListener(IPAddress.Loopback, port);
        other.Start();
        try
        {
            var run = await CliProcess.RunAsync(folder.Path, ["--urls", $"http://{host}:{port}"], null);

            Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
            Assert.Equal([$"Cannot listen on http://{host}:{port}: port {port} is already in use (another program, or another dashboard); " +
                          "stop it, or choose another address with --urls (make run URL=http://localhost:5081)."], run.ErrorLines);
        }
        finally
        {
            other.Stop();
        }
    }
}
