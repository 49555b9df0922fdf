namespace Beryl.Dashboard.Settings;

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
            ConnectionStringParser.Postgres(DashboardKey, dashboard);
        else if (ConnectionStringParser.Sqlite(DashboardKey, dashboard,
                     $"for PostgreSQL set {SettingName.Of(ProviderKey)} to postgres").DataSource is not { Length: > 0 })
            throw ConnectionStringParser.Invalid(DashboardKey, "not a SQLite connection string (no Data Source=FILE)");
        var beryl = configuration.GetConnectionString("Beryl") is { Length: > 0 } external
            ? BerylSource.External(external)
            : BerylSource.Embedded(provider, provider == DatabaseProvider.Sqlite ? data.SqliteConnectionString("beryl.db") : dashboard);
        return new DatabaseSettings(provider, beryl, dashboard);
    }

    private static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw ConnectionStringParser.Invalid(ProviderKey, $"'{value}' is not a database provider; use sqlite or postgres"),
    };
}
