using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Hosting;

/// <summary>Applies the EF Core migrations of both databases; run at start-up by the web app and every CLI command.</summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<BerylDbContext> beryl,
    IDbContextFactory<DashboardDbContext> dashboard)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using (var db = await beryl.CreateDbContextAsync(ct))
            await MigrateAsync(db, ct);
        await using (var db = await dashboard.CreateDbContextAsync(ct))
            await MigrateAsync(db, ct);
    }

    private static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            // WAL lets the page read while a collection writes; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
