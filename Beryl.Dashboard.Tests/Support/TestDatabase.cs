using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// The engine under the collector suite (<see cref="Category"/>): SQLite files by default; with
/// <c>BERYL_TEST_PROVIDER=postgres</c> (make test's second pass) a new database on the shared throwaway PostgreSQL.
/// The expected values are the same on both.
/// </summary>
public static class TestDatabase
{
    /// <summary>The trait that selects the collector suite: <c>dotnet test --filter Category=Collector</c>.</summary>
    public const string Category = "Collector";

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("BERYL_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The settings that put a test's databases on the engine under test.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync()
    {
        if (!IsPostgres)
            return [];
        return PostgresSettings(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());
    }

    /// <summary>Everything on the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string?> PostgresSettings(string connectionString) => new()
    {
        [DatabaseSettings.ProviderKey] = "postgres",
        ["ConnectionStrings:Dashboard"] = connectionString,
    };

    /// <summary>Configures the dashboard's context on either engine (PostgreSQL's is a subclass).</summary>
    public static IServiceCollection ConfigureDashboardDb(this IServiceCollection services, Action<DbContextOptionsBuilder> configure) =>
        services.ConfigureDbContext<DashboardDbContext>(configure).ConfigureDbContext<PostgresDashboardDbContext>(configure);
}
