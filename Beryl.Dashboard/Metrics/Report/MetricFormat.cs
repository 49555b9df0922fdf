using Beryl.Dashboard.Formats;
using System.Globalization;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>How every view writes values and changes: the one place that knows units.</summary>
public static class MetricFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] ByteUnits = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];

    public const string NotAvailable = "N/A";

    public static string Value(double? value, MetricUnit unit) => value is not double v ? NotAvailable : unit switch
    {
        MetricUnit.Bytes => Bytes(v),
        MetricUnit.Percent => v.ToString("0.0", Invariant) + " %",
        MetricUnit.Ratio => v.ToString("#,0.00", Invariant),
        MetricUnit.Seconds => Seconds(v),
        _ => v.ToString("#,0", Invariant),
    };

    /// <summary>A signed change in the metric's unit: "+1,234", "-2.5 MB", "+0.4 pp" for percents.</summary>
    public static string Delta(double delta, MetricUnit unit)
    {
        var sign = delta > 0 ? "+" : delta < 0 ? "-" : "±";
        var size = Math.Abs(delta);
        return sign + (unit == MetricUnit.Percent ? size.ToString("0.0", Invariant) + " pp" : Value(size, unit));
    }

    /// <summary>
    /// "+10.0 %"; a change too small for one decimal keeps its sign and size ("-0.04 %" for -1 on 2,519, never
    /// "-0.0 %"), and below a thousandth of a percent says so.
    /// </summary>
    public static string Percent(double percent) => Math.Abs(percent) switch
    {
        0 => "0.0 %",
        < 0.0005 => "< 0.001 %",
        var size => (percent > 0 ? "+" : "") + percent.ToString(size < 0.05 ? "0.0##" : "0.0", Invariant) + " %",
    };

    /// <summary>A change of nothing, as every view writes it.</summary>
    public const string NoChange = "= no change";

    /// <summary>
    /// One line for a change, as the CLI and the plain-text email write it, with <paramref name="mark"/> after it (the
    /// severity of its alert, <see cref="MetricReport.MarkOf"/>).
    /// </summary>
    public static string Change(MetricChange change, MetricUnit unit, Severity mark) => change.Kind switch
    {
        ChangeKind.NotAvailable => NotAvailable,
        ChangeKind.Unchanged => NoChange,
        ChangeKind.New => $"{Arrow(change)} {Delta(change.Delta!.Value, unit)} (new)",
        _ => $"{Arrow(change)} {Delta(change.Delta!.Value, unit)} ({Percent(change.Percent!.Value)}){Mark(mark)}",
    };

    public static string Arrow(MetricChange change) => change.Kind switch
    {
        ChangeKind.Up => "↑",
        ChangeKind.Down => "↓",
        ChangeKind.New => change.Delta > 0 ? "↑" : "↓",
        ChangeKind.Unchanged => "=",
        _ => "",
    };

    /// <summary>The visible alert mark after a change: " !" for a warning, " !!" for critical, nothing otherwise.</summary>
    public static string Mark(Severity severity) => severity == Severity.None ? "" : " " + severity.Mark();

    public static string Bytes(double bytes)
    {
        var unit = 0;
        while (Math.Abs(bytes) >= 1024 && unit < ByteUnits.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }
        return unit == 0 ? bytes.ToString("#,0", Invariant) + " B" : bytes.ToString("0.0", Invariant) + " " + ByteUnits[unit];
    }

    public static string Seconds(double seconds) =>
        seconds < 60 ? seconds.ToString("0.000", Invariant) + " s" : TimeSpan.FromSeconds(seconds).ToString(@"h\:mm\:ss", Invariant);

    /// <summary>Under a value a later collection could not know: which collection it is from.</summary>
    public static string KeptFrom(KeptValue kept) => kept.Source == ValueSource.Imported
        ? $"from Beryl's own collector, {IsoDay.Minute(kept.CollectedAt)}"
        : $"from the collection of {IsoDay.Minute(kept.CollectedAt)}";
}
