using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 in the test process. It keeps every message it
/// accepts, parsed with MimeKit, and refuses the recipients it is told to (RCPT TO answered 550).
/// Its port is chosen free when it is created, so a test can point the app at it before starting it.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private readonly ConcurrentDictionary<string, bool> refused = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource? running;
    private Task? serving;

    public int Port { get; } = Support.FreePort.Next();

    public IReadOnlyList<MimeMessage> Received => received.ToList();

    /// <summary>The settings that point the app at this server.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = Port.ToString(),
    };

    public IReadOnlyList<MimeMessage> ReceivedBy(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Refuse(string address) => refused[address] = true;

    public void Accept(string address) => refused.TryRemove(address, out _);

    public static async Task<TestSmtpServer> StartedAsync()
    {
        var server = new TestSmtpServer();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new KeepingStore(received));
        services.Add(new RefusingFilter(refused));
        running = new CancellationTokenSource();
        serving = new SmtpServer.SmtpServer(options, services).StartAsync(running.Token);
        await WaitUntilListeningAsync();
    }

    /// <summary>Connects once so that no test races the listener's start.</summary>
    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (running is null || serving is null)
            return;
        await running.CancelAsync();
        try { await serving; }
        catch (OperationCanceledException) { /* the way it stops */ }
        running.Dispose();
    }

    private sealed class KeepingStore(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefusingFilter(ConcurrentDictionary<string, bool> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!refused.ContainsKey(to.AsAddress()));
    }
}
