using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Settings;

/// <summary>
/// Where Beryl's data is read from, and on which engine. The embedded database (the demo's:
/// <c>$BERYL_DATA_DIR/beryl.db</c>, or the dashboard's PostgreSQL database) is the dashboard's to create and
/// migrate; a database named by <c>ConnectionStrings:Beryl</c> belongs to Beryl and is only read, never migrated,
/// on its own engine whatever <c>Database:Provider</c> says.
/// </summary>
public sealed record BerylSource(DatabaseProvider Provider, string ConnectionString, bool IsEmbedded)
{
    public const string Key = "ConnectionStrings:Beryl";

    /// <summary>The dashboard's own Beryl, on the dashboard's engine.</summary>
    public static BerylSource Embedded(DatabaseProvider provider, string connectionString) => new(provider, connectionString, true);

    /// <summary>
    /// Beryl's own database, told apart by the form of its connection string: <c>Host=</c> (or <c>Server=</c>) is
    /// PostgreSQL, <c>Data Source=</c> a SQLite file. Made read-only on the way: SQLite opens the file read-only
    /// (and a missing file is refused now rather than created), PostgreSQL runs every transaction read-only.
    /// </summary>
    /// <exception cref="SettingsException">One line naming the setting, without the string (it may hold a password).</exception>
    public static BerylSource External(string connectionString)
    {
        var keys = new DbConnectionStringBuilder();
        try
        {
            keys.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw Invalid($"not a connection string ({e.Message.TrimEnd('.')})");
        }
        if (keys.ContainsKey("Host") || keys.ContainsKey("Server"))
            return new BerylSource(DatabaseProvider.Postgres, ReadOnlyPostgres(connectionString), false);
        if (keys.ContainsKey("Data Source") || keys.ContainsKey("DataSource") || keys.ContainsKey("Filename"))
            return new BerylSource(DatabaseProvider.Sqlite, ReadOnlySqlite(connectionString), false);
        throw Invalid("neither a SQLite connection string (Data Source=/path/to/db.sqlite3) nor a PostgreSQL one (Host=...;Database=...)");
    }

    private static string ReadOnlySqlite(string connectionString)
    {
        var sqlite = ConnectionStringParser.Sqlite(Key, connectionString);
        if (!File.Exists(sqlite.DataSource))
            throw Invalid($"there is no SQLite file at {Path.GetFullPath(sqlite.DataSource)}");
        sqlite.Mode = SqliteOpenMode.ReadOnly;
        return sqlite.ToString();
    }

    private static string ReadOnlyPostgres(string connectionString)
    {
        var postgres = ConnectionStringParser.Postgres(Key, connectionString);
        // The server then refuses any write in this session, whatever the role may do.
        postgres.Options = $"{postgres.Options} -c default_transaction_read_only=on".Trim();
        return postgres.ToString();
    }

    private static SettingsException Invalid(string why) => ConnectionStringParser.Invalid(Key, why);
}
