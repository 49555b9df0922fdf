namespace Beryl.Dashboard.Auth;

/// <summary>
/// Headers every response carries: no MIME sniffing, no referrer leaking dashboard URLs to other sites, no
/// framing (clickjacking the "Collect now" or sign-out buttons), and a Content-Security-Policy that runs only
/// script files served by the dashboard itself. Names from Beryl's data (content types come from uploads as the
/// browser sent them) are encoded wherever they are shown; the policy is the second line: a name that slipped
/// through as markup still cannot run, because inline script and event handlers are refused.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, connections (the Blazor circuit's WebSocket) and everything else from this origin only. Styles may
    /// be inline: MudBlazor and apexcharts position elements with style attributes, and a style cannot run script.
    /// Images may be data: or blob: URLs, which apexcharts uses for its PNG download.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        // The same rule as frame-ancestors 'none', for browsers that only know this header.
        ["X-Frame-Options"] = "DENY",
        ["Content-Security-Policy"] = ContentSecurityPolicy,
    };

    /// <summary>
    /// Every answer is about Beryl's data or a session, so none is kept by a browser or a proxy, unless the
    /// endpoint chose its own caching (static files do: fingerprinted ones are immutable).
    /// </summary>
    public const string NoStore = "no-store";

    /// <summary>
    /// Sets them when the response starts rather than now, so responses rebuilt later in the pipeline
    /// (the exception handler clears headers) still get them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                foreach (var (name, value) in Values)
                    headers[name] = value;
                if (!headers.ContainsKey("Cache-Control"))
                    headers.CacheControl = NoStore;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
