using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Components;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics;
using MudBlazor.Services;

namespace Beryl.Dashboard.Hosting;

public static class WebRegistration
{
    /// <summary>What only the web app needs on top of <see cref="ServiceRegistration.AddBerylDashboard"/>.</summary>
    public static IServiceCollection AddDashboardWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<BerylSchemaStatus>();
        services.AddHealthChecks().AddCheck<DatabasesHealthCheck>("databases");
        services.AddDashboardJobs();
        return services;
    }

    /// <summary>The pages and endpoints.</summary>
    public static WebApplication MapDashboardWeb(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks(SignInEndpoints.HealthPath).AllowAnonymous();
        app.MapHistoryCsv();
        app.MapRowsCsv();
        app.MapPrometheusEndpoint();
        app.UseDashboardJobs();
        app.MapCollectNow();
        app.MapEmailPreview();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
