using System.Globalization;
using System.Text;

namespace Beryl.Dashboard.Export;

/// <summary>
/// Writes the Prometheus text exposition format (version 0.0.4): one family at a time, each with its
/// <c># HELP</c> and <c># TYPE</c> lines, then its samples. Only the escaping and number rules live here;
/// what to write comes from <see cref="PrometheusExporter"/>.
/// </summary>
public sealed class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder text = new();

    /// <summary>Starts a gauge family. A family with no sample is still valid (promtool accepts it).</summary>
    public PrometheusText Gauge(string name, string help)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        text.Append("# TYPE ").Append(name).Append(" gauge\n");
        return this;
    }

    public PrometheusText Sample(string name, double value) => Sample(name, null, null, value);

    public PrometheusText Sample(string name, string? labelName, string? labelValue, double value)
    {
        text.Append(name);
        if (labelName is not null)
            text.Append('{').Append(labelName).Append("=\"").Append(EscapeLabelValue(labelValue ?? "")).Append("\"}");
        text.Append(' ').Append(FormatValue(value)).Append('\n');
        return this;
    }

    public PrometheusText Comment(string comment)
    {
        text.Append("# ").Append(EscapeHelp(comment)).Append('\n');
        return this;
    }

    public override string ToString() => text.ToString();

    /// <summary>In HELP text only the backslash and the line feed are escaped.</summary>
    public static string EscapeHelp(string help) => help.Replace("\\", @"\\").Replace("\n", @"\n");

    /// <summary>
    /// In label values the backslash, the double quote and the line feed are escaped; everything else
    /// (any Unicode, carriage returns, tabs) is written as it is, in UTF-8.
    /// </summary>
    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", @"\\").Replace("\"", "\\\"").Replace("\n", @"\n");

    /// <summary>
    /// The shortest text that reads back as the same double, with a dot whatever the server's culture;
    /// the special values use the spellings Prometheus parses.
    /// </summary>
    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
