using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>How the page writes a listed row's times and details, in the business time zone.</summary>
public sealed class RowText(BusinessCalendar calendar)
{
    public string Time(DateTime utc) => IsoDay.Minute(calendar.ToLocal(utc));

    /// <summary>What the count is about, in words: "private", "in collection", "2.0 MB, flagged", "last sign-in ...".</summary>
    public string Detail(ListedRow row) => row.Table switch
    {
        RowTable.User => row.LastSignIn is { } signIn ? $"last sign-in {Time(signIn)}" : "never signed in",
        RowTable.MediaFile => $"{(row.Size is { } size ? MetricFormat.Bytes(size) : "size unknown")}, {Words(row.Status)}",
        _ => Words(row.Status),
    };

    /// <summary>A stored choice in words: <c>IN_COLLECTION</c> is "in collection".</summary>
    private static string Words(string? stored) => stored is null ? "" : MetricCatalog.LabelOf(stored).Replace('_', ' ');
}
