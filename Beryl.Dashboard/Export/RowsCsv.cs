using System.Globalization;
using System.Text;
using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Rows;

namespace Beryl.Dashboard.Export;

/// <summary>The rows behind a count as CSV: a header line, then one line per row, newest first, with its admin link.</summary>
public static class RowsCsv
{
    public const string Header = "id,name,owner,created,status,size_bytes,last_sign_in,last_error,admin_url";

    public static string Write(IEnumerable<ListedRow> rows, AdminLinks links)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
            csv.Append(row.Id.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvCell.Of(row.Name)).Append(',')
                .Append(CsvCell.Of(row.Owner ?? "")).Append(',')
                .Append(IsoDay.UtcInstant(row.Created)).Append(',')
                .Append(CsvCell.Of(row.Status ?? "")).Append(',')
                .Append(row.Size?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
                .Append(row.LastSignIn is { } signIn ? IsoDay.UtcInstant(signIn) : "").Append(',')
                .Append(CsvCell.Of(row.LastError ?? "")).Append(',')
                .Append(CsvCell.Of(links.Of(row) ?? "")).Append("\r\n");
        return csv.ToString();
    }
}
