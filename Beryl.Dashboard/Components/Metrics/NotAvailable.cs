using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Components.Metrics;

/// <summary>
/// "N/A" and why: the reason is its title for the mouse, shown under it while the keyboard's focus is on it (Escape
/// hides it, js/notAvailable.js), and in its text for screen readers. Plain markup, written as one block: a page holds
/// hundreds of these, and as tooltip components, then as elements rendered one by one, they were most of its cost.
/// </summary>
public static class NotAvailable
{
    public static string Html(string? reason) =>
        $"<span class=\"trend trend-na\" tabindex=\"0\"{HtmlText.Attribute("title", reason)}>{HtmlText.Of(MetricFormat.NotAvailable)}" +
        $"<span class=\"visually-hidden\">: {HtmlText.Of(reason)}</span></span>";
}
