using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Hosting;

/// <summary>
/// Applies the EF Core migrations of the dashboard's database, and of Beryl's when it is the embedded one;
/// run at start-up by the web app and every CLI command.
/// </summary>
public sealed class DatabaseMigrator(
    BerylSource source,
    IDbContextFactory<BerylDbContext> beryl,
    IDbContextFactory<DashboardDbContext> dashboard)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        // Beryl's own database is Beryl's to change: the dashboard only reads it.
        if (source.IsEmbedded)
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
