using System.Globalization;
using System.Text;
using Beryl.Dashboard.Formats;

namespace Beryl.Dashboard.Components.Shared;

/// <summary>A chart's series as CSV: a row per day, a column per series; an empty cell where the chart has a gap.</summary>
public static class ChartCsv
{
    public static string Write(IReadOnlyList<ChartSeries> series)
    {
        var csv = new StringBuilder("day");
        foreach (var line in series)
            csv.Append(',').Append(CsvCell.Of(line.Name));
        csv.Append("\r\n");
        var days = series.Count == 0 ? [] : series[0].Points.Select(p => p.Day);
        foreach (var (day, index) in days.Select((d, i) => (d, i)))
        {
            csv.Append(IsoDay.Text(day));
            foreach (var line in series)
                csv.Append(',').Append(line.Points[index].Value?.ToString("R", CultureInfo.InvariantCulture) ?? "");
            csv.Append("\r\n");
        }
        return csv.ToString();
    }
}
