using System.Globalization;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// Hangfire's storages (SQLite and PostgreSQL alike) number jobs; its job page parses the id from the URL and a
/// word there (<c>/hangfire/jobs/details/abc</c>) ended as a 500. A job page whose id is not a job number answers 404
/// before Hangfire reads it.
/// </summary>
public static class HangfireJobIds
{
    private const string JobPage = "/jobs/details";

    public static IApplicationBuilder UseHangfireJobIds(this IApplicationBuilder app, string dashboardPath) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(dashboardPath + JobPage, out var rest)
                && !long.TryParse(rest.Value?.TrimStart('/'), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync("No such job: a job's page is /hangfire/jobs/details/ and its number.\n");
                return;
            }
            await next(context);
        });
}
