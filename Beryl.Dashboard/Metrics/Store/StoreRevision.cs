namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// The store's revision: one row whose number every change of snapshots or notes raises, after the change and in
/// its transaction. A reader that read the number before what it built (<see cref="Report.ReportCache"/>) knows with
/// one small query whether that is still what the store holds, whichever process wrote it (the app, or
/// <c>collect-daily-metrics</c> from cron).
/// </summary>
public class StoreRevision
{
    /// <summary>The one row's key.</summary>
    public const int Row = 1;

    public int Id { get; set; }
    public long Number { get; set; }
}
