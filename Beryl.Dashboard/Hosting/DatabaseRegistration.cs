using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Hosting;

public static class DatabaseRegistration
{
    /// <summary>The context factories of Beryl's database and the dashboard's, on the chosen engine.</summary>
    public static IServiceCollection AddDatabases(this IServiceCollection services, DatabaseSettings databases)
    {
        services.AddSingleton(databases);
        services.AddSingleton(databases.Beryl);
        // Beryl's tables are Django's, never migrated by EF: no history table.
        services.AddContextFactory<BerylDbContext, PostgresBerylDbContext>(databases.Beryl.Provider, databases.Beryl.ConnectionString, historyTable: null);
        services.AddContextFactory<DashboardDbContext, PostgresDashboardDbContext>(databases.Provider, databases.Dashboard, "__DashboardMigrations");
        return services;
    }

    /// <summary>
    /// EF Core builds one model (and keeps one migration set) per context type, so PostgreSQL gets a subclass of each
    /// context; everything else asks for the base type. The dashboard's context keeps its own history table.
    /// Contexts are pooled: a page view asks for three (its session, its Beryl user, the store's revision), and
    /// setting up a fresh one each time was a good part of the page's cost.
    /// </summary>
    private static void AddContextFactory<TContext, TPostgres>(this IServiceCollection services,
        DatabaseProvider provider, string connectionString, string? historyTable)
        where TContext : DbContext
        where TPostgres : TContext
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<TContext>(o => o.UseSqlite(connectionString));
            return;
        }
        services.AddPooledDbContextFactory<TPostgres>(o => o.UseNpgsql(connectionString, n =>
        {
            if (historyTable is not null)
                n.MigrationsHistoryTable(historyTable);
        }));
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
