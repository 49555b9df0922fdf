using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Hosting;

/// <summary>
/// Applies the EF Core migrations of the dashboard's database, and creates the embedded Beryl's Django tables when
/// it is the embedded one; run at start-up by the web app and every CLI command.
/// </summary>
public sealed class DatabaseMigrator(
    DataFolder folder,
    DatabaseSettings settings,
    IDbContextFactory<BerylDbContext> beryl,
    IDbContextFactory<DashboardDbContext> dashboard)
{
    /// <summary>
    /// False when the dashboard's database is a SQLite file that does not exist yet: nothing was ever collected, and a
    /// command that only reads says so rather than create it.
    /// </summary>
    public bool DashboardExists => settings.Provider != DatabaseProvider.Sqlite
                                   || File.Exists(new SqliteConnectionStringBuilder(settings.Dashboard).DataSource);

    /// <summary>Creates the data folder and the databases as needed, and brings the dashboard's up to date.</summary>
    /// <exception cref="DatabaseUnavailableException">The database server is out of reach: one line to print.</exception>
    /// <exception cref="SettingsException">The data folder cannot be written.</exception>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        folder.Create();
        var source = settings.Beryl;
        try
        {
            // Beryl's own database is Beryl's to change: the dashboard only reads it. The embedded demo Beryl gets
            // Django's tables from Django's DDL.
            if (source.IsEmbedded)
                await using (var db = await beryl.CreateDbContextAsync(ct))
                {
                    await EmbeddedBeryl.EnsureCreatedAsync(db, ct);
                    if (db.Database.IsSqlite())
                        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                }
            await using (var db = await dashboard.CreateDbContextAsync(ct))
                await MigrateAsync(db, ct);
        }
        catch (Exception e) when (DatabaseFailures.Unreachable(e) is { } reason)
        {
            throw new DatabaseUnavailableException($"The dashboard database is unreachable ({reason}): nothing was done.", e);
        }
    }

    private static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            // Npgsql reads the history table before creating it and logs that expected failure as an error
            // (npgsql/efcore.pg#3407) on a new database; creating it first keeps the first start's log clean.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            // WAL lets the page read while a collection writes; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
