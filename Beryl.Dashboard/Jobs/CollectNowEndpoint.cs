using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// "Collect now" over HTTP, for scripts and for proving that concurrent clicks start one collection: the same
/// <see cref="CollectNowService.Start"/> as the page's button, which returns the job already queued or running.
/// </summary>
public static class CollectNowEndpoint
{
    public const string Path = DashboardUrls.CollectNow;

    /// <summary>
    /// POST /sys/metrics/collect-now: 202 with <see cref="CollectNowAccepted"/> and the job's Hangfire page as
    /// Location. Admins only (the admin policy: anonymous is sent to sign in, others get 403), and only with the
    /// antiforgery token of a dashboard page (header <c>RequestVerificationToken</c> or form field), else 400.
    /// Against CSRF the session cookie's SameSite=Strict already keeps other sites' requests unauthenticated; the
    /// token also covers what SameSite does not: a page on a sibling subdomain (same site) and old browsers.
    /// </summary>
    public static IEndpointRouteBuilder MapCollectNow(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpContext http, IAntiforgery antiforgery, CollectNowService collectNow) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.BadRequest("Missing or expired antiforgery token: send the one of a dashboard page.");
            var id = collectNow.Start();
            return Results.Accepted($"{JobsRegistration.DashboardPath}/jobs/details/{id}", new CollectNowAccepted(id));
        }).RequireAuthorization(AdminAccess.Policy);
        return app;
    }
}
