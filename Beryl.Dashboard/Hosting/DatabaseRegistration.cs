using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Hosting;

public static class DatabaseRegistration
{
    /// <summary>The context factories of Beryl's database and the dashboard's, on the chosen engine.</summary>
    public static IServiceCollection AddDatabases(this IServiceCollection services, DatabaseSettings databases)
    {
        services.AddSingleton(databases);
        services.AddSingleton(databases.Beryl);
        services.AddContextFactory<BerylDbContext, PostgresBerylDbContext>(databases.Beryl.Provider, databases.Beryl.ConnectionString, "__BerylMigrations");
        services.AddContextFactory<DashboardDbContext, PostgresDashboardDbContext>(databases.Provider, databases.Dashboard, "__DashboardMigrations");
        return services;
    }

    /// <summary>
    /// EF Core keeps one migration set per context type, so PostgreSQL gets a subclass of each context with its
    /// own migrations; everything else asks for the base type. On PostgreSQL the embedded Beryl shares the
    /// dashboard's database, so each context keeps its own history table there.
    /// </summary>
    private static void AddContextFactory<TContext, TPostgres>(this IServiceCollection services,
        DatabaseProvider provider, string connectionString, string historyTable)
        where TContext : DbContext
        where TPostgres : TContext
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContextFactory<TContext>(o => o.UseSqlite(connectionString));
            return;
        }
        services.AddDbContextFactory<TPostgres>(o => o.UseNpgsql(connectionString, n => n.MigrationsHistoryTable(historyTable)));
        services.AddSingleton<IDbContextFactory<TContext>>(sp =>
            new BaseContextFactory<TContext, TPostgres>(sp.GetRequiredService<IDbContextFactory<TPostgres>>()));
    }

    private sealed class BaseContextFactory<TContext, TPostgres>(IDbContextFactory<TPostgres> inner) : IDbContextFactory<TContext>
        where TContext : DbContext
        where TPostgres : TContext
    {
        public TContext CreateDbContext() => inner.CreateDbContext();

        public async Task<TContext> CreateDbContextAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
    }
}
