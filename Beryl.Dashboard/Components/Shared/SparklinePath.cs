using System.Globalization;

namespace Beryl.Dashboard.Components.Shared;

/// <summary>
/// The SVG path of a sparkline: values left to right, the lowest at the bottom and the highest at the top, a gap where
/// a value is unknown. One short attribute per row, so that a table of sparklines weighs little more than its text.
/// </summary>
public static class SparklinePath
{
    /// <summary>Room left at each edge for the line's width.</summary>
    private const double Inset = 1.5;

    /// <summary>The path's <c>d</c>, or null when no value is known; a value alone is a dot (drawn with round caps).</summary>
    public static string? Of(IReadOnlyList<double?> values, double width, double height)
    {
        var known = values.OfType<double>().ToList();
        if (known.Count == 0)
            return null;
        var (low, high) = (known.Min(), known.Max());
        var step = values.Count == 1 ? 0 : (width - 2 * Inset) / (values.Count - 1);
        string Number(double n) => Math.Round(n, 1).ToString("0.#", CultureInfo.InvariantCulture);
        double Y(double v) => high == low ? height / 2 : height - Inset - (v - low) / (high - low) * (height - 2 * Inset);

        var parts = new List<string>();
        var drawing = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not double v)
            {
                drawing = false;
                continue;
            }
            var alone = !drawing && (i + 1 == values.Count || values[i + 1] is null);
            parts.Add($"{(drawing ? "L" : "M")}{Number(Inset + i * step)} {Number(Y(v))}{(alone ? "h0" : "")}");
            drawing = true;
        }
        return string.Join("", parts);
    }
}
