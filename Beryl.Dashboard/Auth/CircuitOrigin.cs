namespace Beryl.Dashboard.Auth;

/// <summary>
/// The Blazor circuit (<c>/_blazor</c>, a WebSocket) only for pages of this site. Browsers do not apply the
/// same-origin rule to WebSockets, so a page elsewhere could otherwise open a circuit that carries the admin's
/// cookie; the SameSite=Strict cookie already prevents that in current browsers, and this refuses it whatever the
/// browser. The check compares the Origin header with this request's scheme and host: behind a proxy, the proxy
/// passes the Host header on and the forwarded scheme is applied (docs/DEPLOYMENT.md).
/// </summary>
public static class CircuitOrigin
{
    public const string HubPath = "/_blazor";

    public static IApplicationBuilder UseCircuitOriginCheck(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(HubPath) || request.Headers.Origin.Count == 0
                || IsSameOrigin(request.Headers.Origin.ToString(), request.Scheme, request.Host.Value))
                return next(context);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync("Forbidden: the dashboard's circuit only opens from the dashboard's own pages.\n");
        });

    /// <summary>True when <paramref name="origin"/> names this scheme, host and port (default ports either way).</summary>
    public static bool IsSameOrigin(string origin, string scheme, string? host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var from)
        && Uri.TryCreate($"{scheme}://{host}", UriKind.Absolute, out var self)
        && Uri.Compare(from, self, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
}
