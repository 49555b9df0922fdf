using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

public static class PrometheusEndpoint
{
    public const string Path = "/sys/metrics/prometheus";

    /// <summary>
    /// <c>GET /sys/metrics/prometheus</c>. It allows anonymous requests through the authorization middleware
    /// and checks access itself, so that Prometheus gets a 401 rather than the sign-in page's redirect.
    /// </summary>
    public static IEndpointConventionBuilder MapPrometheusEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // One cache for the endpoint's lifetime: mapping the endpoint is all it takes, no service to register.
        var cache = new PrometheusCache(endpoints.ServiceProvider.GetRequiredService<SnapshotStore>());
        return endpoints.MapGet(Path, async (HttpContext context, IConfiguration configuration, CancellationToken ct) =>
        {
            var token = PrometheusAccess.ConfiguredToken(configuration);
            if (!PrometheusAccess.IsAllowed(context.Request.Headers.Authorization, context.User, token))
            {
                // A body keeps the status code pages from answering Prometheus with an HTML page.
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Text("Unauthorized: send Authorization: Bearer <METRICS_PROMETHEUS_TOKEN>, or sign in as an admin.\n",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }
            var body = await cache.GetUtf8Async(ct);
            return Results.Bytes(body, PrometheusText.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
