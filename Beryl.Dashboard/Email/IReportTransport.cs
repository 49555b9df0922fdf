using MimeKit;

namespace Beryl.Dashboard.Email;

/// <summary>A report message for one recipient, on its way out.</summary>
public sealed record OutgoingReport(DateOnly Day, string Recipient, MimeMessage Message);

/// <summary>Where report messages go: an SMTP server, or the outbox folder when no server is configured.</summary>
public interface IReportTransport : IAsyncDisposable
{
    /// <summary>
    /// Hands one message over and returns where it went (for the log and the CLI). Throws when it was not
    /// accepted; <see cref="MailServerUnavailableException"/> when nothing can be sent at all.
    /// </summary>
    Task<string> DeliverAsync(OutgoingReport report, CancellationToken ct);
}

/// <summary>The mail server cannot be reached or refuses the session: no message of this run can go out.</summary>
public sealed class MailServerUnavailableException(string message, Exception inner) : Exception(message, inner);
