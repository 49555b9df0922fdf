namespace Beryl.Dashboard.Auth;

/// <summary>
/// Headers every response carries: no MIME sniffing, no referrer leaking dashboard URLs to other sites,
/// no framing (clickjacking the "Collect now" or sign-out buttons).
/// </summary>
public static class SecurityHeaders
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
    };

    /// <summary>
    /// Sets them when the response starts rather than now, so responses rebuilt later in the pipeline
    /// (the exception handler clears headers) still get them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                foreach (var (name, value) in Values)
                    context.Response.Headers[name] = value;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
