using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Store;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Beryl.Dashboard.Email;

/// <summary>The MIME message of the report for one recipient: HTML with its plain-text alternative.</summary>
public sealed class ReportMessageFactory(IOptions<EmailOptions> options, TimeProvider clock)
{
    public MimeMessage Create(ReportEmail email, string recipient)
    {
        var from = MailboxAddress.Parse(options.Value.From);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = clock.GetUtcNow(),
            MessageId = MessageIdOf(email.Day, recipient, from),
            Body = new BodyBuilder { HtmlBody = email.Html, TextBody = email.Text }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(recipient));
        // RFC 3834: a machine-made report; vacation responders and the like should not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        // Choose 7-bit-safe transfer encodings now: an .eml in the outbox is never prepared by an SMTP client.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    /// <summary>
    /// The same for every try of a (day, recipient), so that should a message be accepted but not recorded, the
    /// copy a retry sends carries the same id and mail systems that deduplicate by id drop it.
    /// </summary>
    public static string MessageIdOf(DateOnly day, string recipient, MailboxAddress from)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ReportDelivery.Normalise(recipient)));
        var domain = from.Domain is { Length: > 0 } d ? d : "beryl.local";
        return $"daily-report.{IsoDay.Text(day)}.{Convert.ToHexStringLower(hash)[..16]}@{domain}";
    }
}
