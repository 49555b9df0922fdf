using Beryl.Dashboard.Formats;

namespace Beryl.Dashboard.Email;

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
