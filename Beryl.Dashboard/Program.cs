using Beryl.Dashboard.Cli;
using Beryl.Dashboard.Components;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Hosting;

if (CliApp.IsCommandLine(args))
    return await CliApp.RunAsync(args);

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddBerylEnvironmentNames();
    builder.Services.AddBerylDashboard(builder.Configuration);
    builder.Services.AddRazorComponents().AddInteractiveServerComponents();
    app = builder.Build();
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPrometheusEndpoint();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

public partial class Program;
