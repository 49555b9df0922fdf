using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beryl.Dashboard.Hosting;

/// <summary>
/// Connection strings read from settings: a malformed one (an unknown keyword, a port or timeout that is not a
/// number) is one line naming the setting now, not a stack trace at the first query, and nothing is created.
/// </summary>
public static class ConnectionStringParser
{
    public static NpgsqlConnectionStringBuilder Postgres(string key, string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw Invalid(key, $"not a PostgreSQL connection string ({e.Message.TrimEnd('.')})");
        }
    }

    public static SqliteConnectionStringBuilder Sqlite(string key, string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            throw Invalid(key, $"not a SQLite connection string ({e.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The one line for a bad value of <paramref name="key"/>: why, after the setting and its environment name.</summary>
    public static SettingsException Invalid(string key, string why) => new($"Invalid setting {SettingName.Of(key)}: {why}.");
}
