namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// A daily report that a recipient's mail server (or the outbox folder) accepted: the key that keeps a retry
/// from mailing anyone twice. Kept in dashboard.db.
/// </summary>
public class ReportDelivery
{
    public DateOnly Day { get; set; }

    /// <summary>The recipient's address, normalised (trimmed, lower case) so that one person is one key.</summary>
    public string Recipient { get; set; } = "";

    public DateTime DeliveredAt { get; set; }

    public string MessageId { get; set; } = "";

    public static string Normalise(string address) => address.Trim().ToLowerInvariant();
}
