using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Access;

/// <summary>Who sends a request in the endpoint walk.</summary>
public enum Caller
{
    Anonymous,
    /// <summary>Anonymous, with the Prometheus bearer token: it must open the scrape endpoint and nothing else.</summary>
    AnonymousWithToken,
    NonAdmin,
    Admin,
}

/// <summary>
/// The whole app for the endpoint walk: an admin and a non-admin in Beryl, a Prometheus token, and a collected
/// snapshot, so every admin endpoint has something to answer with 200.
/// </summary>
public sealed class AccessWalkApp : IAsyncLifetime
{
    public const string Token = "walk-Prometheus-token";
    public const string AdminEmail = "root@beryl.test";
    public const string MemberEmail = "member@beryl.test";

    /// <summary>A file in the web root that is not in the build's asset manifest: only the development file fallback serves it.</summary>
    public const string FileAddedAfterBuild = "added-after-build.txt";

    public WalkFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.Settings["Metrics:PrometheusToken"] = Token;
        await TestUsers.AddAsync(Factory.Services, AdminEmail);
        await TestUsers.AddAsync(Factory.Services, MemberEmail, superuser: false);
        var today = Factory.Services.GetRequiredService<BusinessCalendar>().DayOf(Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        await Factory.Services.GetRequiredService<MetricsCollector>().CollectAsync(today);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A fresh client (its own cookies, redirects not followed) for <paramref name="caller"/>.</summary>
    public async Task<HttpClient> ClientAsync(Caller caller)
    {
        var client = Factory.CreateSignInClient();
        switch (caller)
        {
            case Caller.AnonymousWithToken:
                client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
                break;
            case Caller.NonAdmin:
                await SignIn.SignInAsync(client, MemberEmail, TestUsers.Password);
                break;
            case Caller.Admin:
                await SignIn.SignInAsync(client, AdminEmail, TestUsers.Password);
                break;
        }
        return client;
    }

    /// <summary>
    /// The app with its web root in the test's data folder. Run from build output, MapStaticAssets also maps a
    /// fallback for files added to the web root after the build; the walk needs one such file to reach it, and
    /// must not write into the source tree. The assets of the manifest are served from their build paths still.
    /// </summary>
    public sealed class WalkFactory : DashboardAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var webRoot = Folder.File("wwwroot");
            Directory.CreateDirectory(webRoot);
            File.WriteAllText(Path.Combine(webRoot, FileAddedAfterBuild), "added after the build\n");
            builder.UseSetting(WebHostDefaults.WebRootKey, webRoot);
        }
    }
}
