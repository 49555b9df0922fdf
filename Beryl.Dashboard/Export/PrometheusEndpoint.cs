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
    /// within a minute gets 429, so the token cannot be guessed at speed. Unlike a password, a token is checked
    /// before it is counted: a scrape with the right one only reads the throttle (refused while the limit holds,
    /// like a wrong one), and only a wrong one is counted, so scrapes never queue on the throttle's write.
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
            string[] keys = [ThrottleKey(context)];
            var bearer = PrometheusAccess.BearerToken(authorization) is not null && !context.User.IsInRole(AdminAccess.Role);
            if (bearer && await throttle.RetryAfterAsync(keys, ct) is var wait && wait > TimeSpan.Zero)
                return TooManyWrongTokens(context, wait);
            if (!PrometheusAccess.IsAllowed(authorization, context.User, token))
            {
                // Counted now; refused instead when other guesses reached the limit since the read above.
                if (bearer && throttle.TryStart(keys, out var retryAfter) is null)
                    return TooManyWrongTokens(context, retryAfter);
                // A body keeps the status code pages from answering Prometheus with an HTML page.
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Text("Unauthorized: send Authorization: Bearer <METRICS_PROMETHEUS_TOKEN>, or sign in as an admin.\n",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }
            var body = await cache.GetUtf8Async(ct);
            return Results.Bytes(body, PrometheusText.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult TooManyWrongTokens(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(retryAfter);
        return Results.Text("Too many wrong tokens from this address. Wait a minute, then try again.\n",
            "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Token guesses have a budget of their own per address, apart from password guesses.</summary>
    private static string ThrottleKey(HttpContext context) => "prometheus:" + PasswordSignIn.Client(context.Connection.RemoteIpAddress);
}
