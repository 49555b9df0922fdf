using Microsoft.AspNetCore.Diagnostics;

namespace Beryl.Dashboard.Hosting;

public static class NotFoundPage
{
    public const string Path = "/not-found";

    /// <summary>
    /// A 4xx without a body shows the not-found page, for GET and HEAD only. Re-executing any other method
    /// would post to the page, which fails Blazor's antiforgery check and turns the real answer (a 401 for
    /// an anonymous POST to /_blazor/negotiate, a 405) into a misleading 400.
    /// </summary>
    public static WebApplication UseNotFoundPage(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                statusCodePages.Enabled = false;
            return next(context);
        });
        return app;
    }
}
