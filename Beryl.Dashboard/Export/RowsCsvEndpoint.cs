using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Rows;

namespace Beryl.Dashboard.Export;

public static class RowsCsvEndpoint
{
    /// <summary>
    /// GET /sys/metrics/rows.csv?key=KEY&amp;label=LABEL&amp;date=YYYY-MM-DD: the rows behind a count (for signed-in
    /// admins only, as every page here), or one line saying why they cannot be listed.
    /// </summary>
    public static IEndpointRouteBuilder MapRowsCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(DashboardUrls.RowsCsv, async (string? key, string? label, string? date, RowReader reader, AdminLinks links,
            CancellationToken ct) =>
        {
            DateOnly? day = null;
            if (!string.IsNullOrEmpty(date))
            {
                if (RequestedDay.Parse(date) is not { } asked)
                    return Refused($"date must be {RequestedDay.Expected}, got '{date}'.");
                day = asked;
            }
            var (request, error) = reader.Check(key, label, day);
            if (request is null)
                return Refused(error!);
            try
            {
                var (rows, _) = await reader.AllAsync(request, ct);
                var name = $"beryl-rows-{request.Metric.Key}{(request.Label == "" ? "" : "-" + FileSafe(request.Label))}-{IsoDay.Text(request.Day)}.csv";
                return Results.File(System.Text.Encoding.UTF8.GetBytes(RowsCsv.Write(rows, links)), "text/csv; charset=utf-8", name);
            }
            catch (BerylSchemaException e)
            {
                return Results.Text(e.Message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }

    private static IResult Refused(string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A label in a file name: letters and digits kept, anything else a dash.</summary>
    private static string FileSafe(string label) => new(label.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
