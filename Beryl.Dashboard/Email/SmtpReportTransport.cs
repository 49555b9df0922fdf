using Beryl.Dashboard.Formats;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Beryl.Dashboard.Email;

/// <summary>Sends report messages over one SMTP session (MailKit), opened at the first message.</summary>
public sealed class SmtpReportTransport(EmailOptions options, ILogger<SmtpReportTransport> logger) : IReportTransport
{
    // MailKit's timeout covers the connection, every command and reading every answer.
    private readonly SmtpClient client = new() { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };

    private string Server => $"{options.Host}:{options.Port}";

    public async Task<string> DeliverAsync(OutgoingReport report, CancellationToken ct)
    {
        await ConnectAsync(ct);
        var response = await client.SendAsync(report.Message, ct);
        logger.LogInformation("Mailed the report of {Day} to {Recipient} through {Server}: {Response}",
            IsoDay.Text(report.Day), report.Recipient, Server, response);
        return $"accepted by {Server}";
    }

    /// <summary>Opens the session, or reopens it when the server dropped it after a refused message.</summary>
    private async Task ConnectAsync(CancellationToken ct)
    {
        if (client.IsConnected)
            return;
        try
        {
            await client.ConnectAsync(options.Host.Trim(), options.Port, SocketOptions(options.Security), ct);
            if (options.User.Length > 0)
                await client.AuthenticateAsync(options.User, options.Password, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MailServerUnavailableException($"cannot use the SMTP server {Server}: {e.Message}", e);
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
                await client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Every message has been handed over (or not) by now; a failed QUIT changes nothing.
            logger.LogDebug(e, "QUIT to {Server} failed", Server);
        }
        client.Dispose();
    }
}
