using Npgsql;

namespace Beryl.Dashboard.Hosting;

/// <summary>The engine that holds Beryl's data, the dashboard's own and Hangfire's (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: beryl.db, dashboard.db and hangfire.db in the data folder, one machine.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database shared by every dashboard instance (docs/ARCHITECTURE.md says when to move).</summary>
    Postgres,
}

/// <summary>
/// Which engine, and where each database is. With PostgreSQL, <c>ConnectionStrings:Dashboard</c> holds the
/// snapshots and Hangfire's schema; the embedded Beryl (the demo's, when <c>ConnectionStrings:Beryl</c> names no
/// external one) lives in that same database, as beryl.db lives beside dashboard.db with SQLite. An external Beryl
/// is on whichever engine its connection string names (<see cref="BerylSource.External"/>), so all four
/// combinations work.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, BerylSource Beryl, string Dashboard)
{
    public const string ProviderKey = "Database:Provider";
    private const string DashboardKey = "ConnectionStrings:Dashboard";

    public static DatabaseSettings From(IConfiguration configuration, DataFolder data)
    {
        var provider = ParseProvider(configuration[ProviderKey]);
        var dashboard = configuration.GetConnectionString("Dashboard") is { Length: > 0 } given ? given
            : provider == DatabaseProvider.Sqlite ? data.SqliteConnectionString("dashboard.db")
            : throw new SettingsException($"Invalid setting {SettingName.Of(DashboardKey)}: the postgres provider needs the dashboard's " +
                                          "PostgreSQL database, e.g. Host=127.0.0.1;Port=5432;Database=beryl_dashboard;Username=beryl;Password=...");
        if (provider == DatabaseProvider.Postgres)
            CheckPostgres(DashboardKey, dashboard);
        else
            CheckSqlite(DashboardKey, dashboard);
        var beryl = configuration.GetConnectionString("Beryl") is { Length: > 0 } external
            ? BerylSource.External(external)
            : BerylSource.Embedded(provider, provider == DatabaseProvider.Sqlite ? data.SqliteConnectionString("beryl.db") : dashboard);
        return new DatabaseSettings(provider, beryl, dashboard);
    }

    private static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new SettingsException($"Invalid setting {SettingName.Of(ProviderKey)}: '{value}' is not a database provider; use sqlite or postgres."),
    };

    /// <summary>A malformed connection string is a settings error now, not a stack trace at the first query.</summary>
    private static void CheckPostgres(string key, string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new SettingsException($"Invalid setting {SettingName.Of(key)}: not a PostgreSQL connection string ({e.Message}).");
        }
    }

    /// <summary>
    /// Likewise for SQLite: a string Microsoft.Data.Sqlite would refuse at the first query (an unknown keyword, a
    /// timeout that is not a number, no Data Source) is refused before any file is created.
    /// </summary>
    private static void CheckSqlite(string key, string connectionString)
    {
        string why;
        try
        {
            if (new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource is { Length: > 0 })
                return;
            why = "no Data Source=FILE";
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            why = e.Message.TrimEnd('.');
        }
        throw new SettingsException($"Invalid setting {SettingName.Of(key)}: not a SQLite connection string ({why}).");
    }
}
