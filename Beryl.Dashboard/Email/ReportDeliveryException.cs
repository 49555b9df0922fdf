using Beryl.Dashboard.Formats;

namespace Beryl.Dashboard.Email;

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
