namespace Beryl.Dashboard.Components.Shared;

/// <summary>
/// A small line of recent values drawn in place, with what it shows in words for screen readers: the table's rows get
/// the shape of their last days without a chart component each, written as one block of markup.
/// </summary>
public static class Sparkline
{
    public const int Width = 80, Height = 20;

    /// <param name="values">The values, oldest first; null where unknown.</param>
    /// <param name="description">What the line shows, in words (its accessible name), or why there is none.</param>
    public static string Html(IReadOnlyList<double?> values, string description) =>
        SparklinePath.Of(values, Width, Height) is { } path
            ? $"<svg class=\"sparkline\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\"" +
              $"{HtmlText.Attribute("aria-label", description)}><path d=\"{HtmlText.Of(path)}\"></path></svg>"
            : $"<span class=\"sparkline-none\">{HtmlText.Of(description)}</span>";
}
