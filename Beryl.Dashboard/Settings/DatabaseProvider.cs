namespace Beryl.Dashboard.Settings;

/// <summary>The engine that holds Beryl's data, the dashboard's own and Hangfire's (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: beryl.db, dashboard.db and hangfire.db in the data folder, one machine.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database shared by every dashboard instance (docs/ARCHITECTURE.md says when to move).</summary>
    Postgres,
}
