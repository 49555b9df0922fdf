using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;
namespace Beryl.Dashboard.Email;

public enum DeliveryStatus
{
    /// <summary>Accepted by the mail server (or written to the outbox) in this run.</summary>
    Delivered,
    /// <summary>Accepted in an earlier run of the same day: not mailed again.</summary>
    AlreadyDelivered,
    /// <summary>Not accepted; a retry tries again.</summary>
    Failed,
    /// <summary>Not an email address: no retry can help, so it does not fail the run.</summary>
    InvalidAddress,
}

/// <summary>What happened to the report for one recipient.</summary>
public sealed record RecipientOutcome(string Recipient, DeliveryStatus Status, string Detail);

/// <summary>The outcome of mailing one day's report: one entry per recipient.</summary>
public sealed record DeliverySummary(DateOnly Day, IReadOnlyList<RecipientOutcome> Outcomes, bool EmailDisabled = false)
{
    public IReadOnlyList<RecipientOutcome> Delivered => Of(DeliveryStatus.Delivered);
    public IReadOnlyList<RecipientOutcome> AlreadyDelivered => Of(DeliveryStatus.AlreadyDelivered);
    public IReadOnlyList<RecipientOutcome> Failed => Of(DeliveryStatus.Failed);
    public IReadOnlyList<RecipientOutcome> InvalidAddresses => Of(DeliveryStatus.InvalidAddress);

    /// <summary>One line: "Report of 2026-03-29: 2 delivered, 1 already delivered, 1 failed, 0 invalid addresses."</summary>
    public string Line => EmailDisabled
        ? $"Report of {IsoDay.Text(Day)} not sent: email is disabled (Email:Enabled = false)."
        : Outcomes.Count == 0
            ? $"Report of {IsoDay.Text(Day)} not sent: Beryl has no active superuser."
            : $"Report of {IsoDay.Text(Day)}: {Delivered.Count} delivered, {AlreadyDelivered.Count} already delivered, " +
              $"{Failed.Count} failed{(InvalidAddresses.Count > 0 ? $", {InvalidAddresses.Count} invalid addresses" : "")}.";

    private List<RecipientOutcome> Of(DeliveryStatus status) => Outcomes.Where(o => o.Status == status).ToList();
}

/// <summary>
/// Some recipients did not get the report. Thrown after every recipient was tried, so that a job retries;
/// the ones delivered are recorded and the retry mails only the others.
/// </summary>
public sealed class ReportDeliveryException(DeliverySummary summary) : Exception(
    $"The report of {IsoDay.Text(summary.Day)} was not delivered to {summary.Failed.Count} of {summary.Outcomes.Count} recipients: " +
    string.Join("; ", summary.Failed.Select(f => $"{f.Recipient} ({f.Detail})")) + ".")
{
    public DeliverySummary Summary { get; } = summary;
}

/// <summary>There is no snapshot of the day to report on.</summary>
public sealed class MissingSnapshotException(DateOnly day) : Exception(
    $"{NoSnapshot.For(day)}: collect it first (collect-daily-metrics --date {IsoDay.Text(day)}).")
{
    public DateOnly Day { get; } = day;
}
