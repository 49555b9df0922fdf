using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Cli;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Settings;

if (CliApp.IsCommandLine(args))
    return await CliApp.RunAsync(args);

WebApplication app;
InstanceLock instance;
try
{
    // appsettings.json is read from beside the executable, wherever it is started from (dotnet run starts it in the
    // folder it was typed in, so that ./data is the one make uses).
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    // Serve MudBlazor's files from its package in every environment, not only Development
    // (a published app has them in wwwroot and this is a no-op).
    builder.WebHost.UseStaticWebAssets();
    builder.Configuration.AddBerylEnvironmentNames();
    builder.Services.AddBerylDashboard(builder.Configuration);
    builder.Services.AddAdminSignIn();
    builder.Services.AddDashboardWeb();
    app = builder.Build();
    var dataFolder = app.Services.GetRequiredService<DataFolder>();
    dataFolder.Create();
    instance = InstanceLock.Take(dataFolder);
    ListenAddresses.EnsureFree(app);
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

try
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
}
catch (DatabaseUnavailableException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

// A Beryl without the tables the dashboard reads: one line now, the same on the page; the app still serves its history.
var berylStatus = app.Services.GetRequiredService<BerylSchemaStatus>();
if (await berylStatus.ProblemAsync() is { } berylProblem)
    await Console.Error.WriteLineAsync(berylProblem);
else if (await berylStatus.NoticeAsync() is { } berylNotice)
    Console.WriteLine(berylNotice);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseNotFoundPage();
app.UseAdminSignIn();
app.UseAntiforgery();
app.MapAdminSignIn();
app.MapDashboardWeb();

using (instance)
    await app.RunAsync();
return 0;

public partial class Program;
