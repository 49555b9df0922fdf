using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

public static class PrometheusEndpoint
{
    public const string Path = DashboardUrls.Prometheus;

    /// <summary>
    /// <c>GET /sys/metrics/prometheus</c>. It allows anonymous requests through the authorization middleware
    /// and checks access itself, so that Prometheus gets a 401 rather than the sign-in page's redirect. Bearer
    /// tokens count against the sign-in throttle of their client address, like passwords: the sixth wrong token
    /// within a minute gets 429, so the token cannot be guessed at speed.
    /// </summary>
    public static IEndpointConventionBuilder MapPrometheusEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // One cache for the endpoint's lifetime: mapping the endpoint is all it takes, no service to register.
        var options = endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Metrics.MetricsOptions>>();
        var cache = new PrometheusCache(endpoints.ServiceProvider.GetRequiredService<SnapshotStore>(),
            endpoints.ServiceProvider.GetRequiredService<ReportBuilder>(), options);
        // HEAD too (a monitor's probe): it is answered as GET would be, 401 included, never the sign-in page.
        return endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], async (HttpContext context, ISignInThrottle throttle, CancellationToken ct) =>
        {
            var token = options.Value.ConfiguredPrometheusToken;
            var authorization = context.Request.Headers.Authorization.ToString();
            SignInTicket? ticket = null;
            if (PrometheusAccess.BearerToken(authorization) is not null && !context.User.IsInRole(AdminAccess.Role))
            {
                ticket = throttle.TryStart([ThrottleKey(context)], out var retryAfter);
                if (ticket is null)
                {
                    context.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(retryAfter);
                    return Results.Text("Too many wrong tokens from this address. Wait a minute, then try again.\n",
                        "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
                }
            }
            if (!PrometheusAccess.IsAllowed(authorization, context.User, token))
            {
                // A body keeps the status code pages from answering Prometheus with an HTML page.
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Text("Unauthorized: send Authorization: Bearer <METRICS_PROMETHEUS_TOKEN>, or sign in as an admin.\n",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }
            if (ticket is not null)
                throttle.Forgive(ticket);
            var body = await cache.GetUtf8Async(ct);
            return Results.Bytes(body, PrometheusText.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>Token guesses have a budget of their own per address, apart from password guesses.</summary>
    private static string ThrottleKey(HttpContext context) => "prometheus:" + PasswordSignIn.Client(context.Connection.RemoteIpAddress);
}
