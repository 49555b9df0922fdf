using Beryl.Dashboard.Metrics.Report;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Email;

/// <summary>
/// Renders a <see cref="MetricReport"/> as the report email: <see cref="DailyReportEmail"/> through Blazor's
/// <see cref="HtmlRenderer"/> (Razor encodes every value, so hostile names stay text) and the plain-text part.
/// </summary>
public sealed class ReportEmailRenderer(IServiceScopeFactory scopes, ILoggerFactory loggerFactory, IOptions<EmailOptions> options)
{
    public async Task<ReportEmail> RenderAsync(MetricReport report)
    {
        var content = new ReportEmailContent(report, options.Value.DashboardUrl(report.Day));
        // A renderer per email, in a scope of its own: the web host registers scoped component services
        // (which the root provider refuses to hand out), and a shared renderer would tie every render to one dispatcher.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DailyReportEmail.Content)] = content });
            var output = await renderer.RenderComponentAsync<DailyReportEmail>(parameters);
            return output.ToHtmlString();
        });
        return new ReportEmail(report.Day, content.Subject, html, ReportEmailText.Write(content));
    }
}
