using Microsoft.AspNetCore.Http.Features;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// Hangfire's dashboard has commands (trigger, requeue, delete...) and its stats poll, which read a posted
/// form; asked with GET, reading it fails and the request ended as a 500. A GET or HEAD under the dashboard gets a
/// form feature that refuses to be read, and that refusal becomes 405 with <c>Allow: POST</c>; pages, which never
/// read a form, are untouched.
/// </summary>
public static class HangfireCommandMethods
{
    public static IApplicationBuilder UseHangfireCommandMethods(this IApplicationBuilder app, string dashboardPath) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(dashboardPath)
                || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                await next(context);
                return;
            }
            context.Features.Set<IFormFeature>(new NoForm());
            try
            {
                await next(context);
            }
            catch (PostOnlyException) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = HttpMethods.Post;
                await context.Response.WriteAsync("Method not allowed: this is a command of the jobs dashboard; its buttons send it with POST.\n");
            }
        });

    private sealed class PostOnlyException : Exception;

    private sealed class NoForm : IFormFeature
    {
        public bool HasFormContentType => false;

        public IFormCollection? Form
        {
            get => null;
            set => throw new PostOnlyException();
        }

        public IFormCollection ReadForm() => throw new PostOnlyException();

        public Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken) => throw new PostOnlyException();
    }
}
