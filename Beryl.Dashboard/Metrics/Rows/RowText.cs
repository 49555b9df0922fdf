using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>How the page writes a listed row's times and details, in the business time zone.</summary>
public sealed class RowText(BusinessCalendar calendar)
{
    public string Time(DateTime utc) => IsoDay.Minute(calendar.ToLocal(utc));

    /// <summary>The longest error the page shows in a row; the CSV has all of it.</summary>
    public const int ErrorLength = 200;

    /// <summary>
    /// What the count is about, in words: "private", "in collection", "2.0 MB, flagged", "last sign-in ...",
    /// "failed: SMTPServerDisconnected: ...".
    /// </summary>
    public string Detail(ListedRow row) => row.Table switch
    {
        RowTable.User => row.LastSignIn is { } signIn ? $"last sign-in {Time(signIn)}" : "never signed in",
        RowTable.MediaFile => $"{(row.Size is { } size ? MetricFormat.Bytes(size) : "size unknown")}, {Words(row.Status)}",
        RowTable.Link => row.Status is { } pattern ? $"pattern {pattern}" : "matches no pattern",
        RowTable.Email when row.LastError is { } error => $"{Words(row.Status)}: {Shortened(error)}",
        _ => Words(row.Status),
    };

    private static string Shortened(string text) => text.Length <= ErrorLength ? text : text[..(ErrorLength - 1)] + "…";

    /// <summary>A stored choice in words: <c>IN_COLLECTION</c> is "in collection".</summary>
    private static string Words(string? stored) => stored is null ? "" : MetricCatalog.LabelOf(stored).Replace('_', ' ');
}
