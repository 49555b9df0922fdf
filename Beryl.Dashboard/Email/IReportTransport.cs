namespace Beryl.Dashboard.Email;

/// <summary>Where report messages go: an SMTP server, or the outbox folder when no server is configured.</summary>
public interface IReportTransport : IAsyncDisposable
{
    /// <summary>
    /// Hands one message over and returns where it went (for the log and the CLI). Throws when it was not
    /// accepted; <see cref="MailServerUnavailableException"/> when nothing can be sent at all.
    /// </summary>
    Task<string> DeliverAsync(OutgoingReport report, CancellationToken ct);
}
