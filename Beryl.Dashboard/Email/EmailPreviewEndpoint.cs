using Beryl.Dashboard.Formats;
using System.Net;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Email;

public static class EmailPreviewEndpoint
{
    public const string Path = DashboardUrls.EmailPreview;

    /// <summary>
    /// GET /sys/metrics/email-preview?date=YYYY-MM-DD: the report email of a day (the latest by default) exactly
    /// as it is mailed; <c>&amp;format=text</c> shows its plain-text part.
    /// </summary>
    public static IEndpointRouteBuilder MapEmailPreview(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (string? date, string? format, ReportBuilder reports, ReportEmailRenderer renderer, CancellationToken ct) =>
        {
            DateOnly? day = null;
            if (date is { Length: > 0 })
            {
                if (RequestedDay.Parse(date) is not { } parsed)
                    return Message(StatusCodes.Status400BadRequest, $"'{date}' is not {RequestedDay.Expected}: use e.g. ?date=2026-03-29.");
                day = parsed;
            }
            if (await reports.BuildAsync(day, ct) is not { } report)
                return Message(StatusCodes.Status404NotFound, $"{NoSnapshot.Of(day)}, so there is no report email to show. " +
                    (day is null ? "Collect one on the metrics page first." : "Pick a day that has one on the metrics page."));
            var email = await renderer.RenderAsync(report);
            return format == "text"
                ? Results.Text(email.Text, "text/plain; charset=utf-8")
                : Results.Content(email.Html, "text/html; charset=utf-8");
        });
        return app;
    }

    private static IResult Message(int status, string text) => Results.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Email preview</title></head>" +
        $"<body style=\"font-family:Arial,Helvetica,sans-serif;margin:2rem;\"><h1 style=\"font-size:1.25rem;\">Email preview</h1>" +
        $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{DashboardUrls.MetricsPage}\">Back to the metrics</a></p></body></html>",
        "text/html; charset=utf-8", statusCode: status);
}
