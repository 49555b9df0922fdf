using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics.Report;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Beryl.Dashboard.Email;

/// <summary>
/// Mails the report of a day to every active superuser, one message each, at most once per (day, recipient):
/// what was accepted is recorded at once in dashboard.db, so running again (a job retry, the CLI twice) mails
/// only those who have not got it. A provisional report (today so far, mailed during the day) is not the day's
/// report: it is sent whenever asked and never recorded, so the nightly job still mails everyone the final one.
/// The entry point of the <c>send-daily-report</c> job and of <c>collect-daily-metrics --send-email</c>.
/// </summary>
public sealed class DailyReportMailer(
    ReportBuilder reports,
    ReportEmailRenderer renderer,
    ReportMessageFactory messages,
    ReportRecipients recipients,
    ReportDeliveryLog deliveries,
    ReportTransportFactory transports,
    IOptions<EmailOptions> options,
    ILogger<DailyReportMailer> logger)
{
    // Two runs for the same day in this process would both see a recipient as not yet mailed.
    private readonly SemaphoreSlim oneRunAtATime = new(1, 1);

    /// <summary>
    /// False only when <c>Email:Enabled</c> is false. With no SMTP host the report is still "sent": written as
    /// .eml files to the outbox folder.
    /// </summary>
    public bool IsEnabled => options.Value.Enabled;

    /// <summary>Sends the report of <paramref name="day"/> to every recipient who does not have it yet.</summary>
    /// <exception cref="ReportDeliveryException">Some recipients failed (the others are recorded); retry later.</exception>
    /// <exception cref="MissingSnapshotException">The day has no snapshot.</exception>
    public async Task<DeliverySummary> SendAsync(DateOnly day, CancellationToken ct = default)
    {
        if (!IsEnabled)
        {
            logger.LogInformation("Email is disabled: the report of {Day} is not sent", IsoDay.Text(day));
            return new DeliverySummary(day, [], EmailDisabled: true);
        }
        await oneRunAtATime.WaitAsync(ct);
        try
        {
            var summary = await SendOnceAsync(day, ct);
            if (summary.Failed.Count > 0)
                throw new ReportDeliveryException(summary);
            logger.LogInformation("{Summary}", summary.Line);
            return summary;
        }
        finally
        {
            oneRunAtATime.Release();
        }
    }

    private async Task<DeliverySummary> SendOnceAsync(DateOnly day, CancellationToken ct)
    {
        var report = await reports.BuildAsync(day, ct) ?? throw new MissingSnapshotException(day);
        var delivered = report.IsProvisional ? [] : await deliveries.OfDayAsync(day, ct);
        var outcomes = new List<RecipientOutcome>();
        var pending = new List<string>();
        foreach (var recipient in await recipients.ListAsync(ct))
        {
            if (delivered.TryGetValue(ReportDelivery.Normalise(recipient), out var earlier))
                outcomes.Add(new(recipient, DeliveryStatus.AlreadyDelivered, $"already delivered at {IsoDay.Minute(earlier.DeliveredAt)} UTC"));
            else if (!MailboxAddress.TryParse(recipient, out var address) || address.Domain.Length == 0)
                outcomes.Add(new(recipient, DeliveryStatus.InvalidAddress, "not an email address"));
            else
                pending.Add(recipient);
        }
        foreach (var invalid in outcomes.Where(o => o.Status == DeliveryStatus.InvalidAddress))
            logger.LogWarning("Superuser address '{Recipient}' is not an email address; the report skips it", invalid.Recipient);
        if (pending.Count == 0)
            return new DeliverySummary(day, outcomes);

        var email = await renderer.RenderAsync(report);
        await using var transport = transports.Open();
        string? serverDown = null;
        foreach (var recipient in pending)
        {
            // Once the server is known to be down, the rest fail with the same reason instead of each waiting for it.
            if (serverDown is not null)
            {
                outcomes.Add(new(recipient, DeliveryStatus.Failed, serverDown));
                continue;
            }
            try
            {
                outcomes.Add(await DeliverAsync(transport, email, recipient, record: !report.IsProvisional, ct));
            }
            catch (MailServerUnavailableException e)
            {
                logger.LogWarning("The report of {Day} was not sent: {Reason}", IsoDay.Text(day), e.Message);
                serverDown = e.Message;
                outcomes.Add(new(recipient, DeliveryStatus.Failed, e.Message));
            }
        }
        return new DeliverySummary(day, outcomes);
    }

    /// <summary>
    /// Sends one recipient's message and, when <paramref name="record"/>, records it at once; a refusal is that
    /// recipient's failure only.
    /// </summary>
    private async Task<RecipientOutcome> DeliverAsync(IReportTransport transport, ReportEmail email, string recipient, bool record, CancellationToken ct)
    {
        var message = messages.Create(email, recipient);
        try
        {
            var where = await transport.DeliverAsync(new OutgoingReport(email.Day, recipient, message), ct);
            if (record)
                await deliveries.RecordAsync(email.Day, recipient, message.MessageId ?? "", ct);
            return new(recipient, DeliveryStatus.Delivered, where);
        }
        catch (Exception e) when (e is not (OperationCanceledException or MailServerUnavailableException))
        {
            logger.LogWarning("The report of {Day} for {Recipient} was not accepted: {Reason}", IsoDay.Text(email.Day), recipient, e.Message);
            return new(recipient, DeliveryStatus.Failed, e.Message);
        }
    }
}
