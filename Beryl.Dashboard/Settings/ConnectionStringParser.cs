using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beryl.Dashboard.Settings;

/// <summary>
/// Connection strings read from settings: a malformed one (an unknown keyword, a port or timeout that is not a
/// number) is one line naming the setting now, not a stack trace at the first query, and nothing is created.
/// </summary>
public static class ConnectionStringParser
{
    public static NpgsqlConnectionStringBuilder Postgres(string key, string connectionString) =>
        Parse(key, connectionString, new NpgsqlConnectionStringBuilder(), "PostgreSQL", new SqliteConnectionStringBuilder(), "SQLite");

    /// <param name="otherEngineHint">What to do when the string is the other engine's (appended to the line).</param>
    public static SqliteConnectionStringBuilder Sqlite(string key, string connectionString, string? otherEngineHint = null) =>
        Parse(key, connectionString, new SqliteConnectionStringBuilder(), "SQLite", new NpgsqlConnectionStringBuilder(), "PostgreSQL", otherEngineHint);

    /// <summary>The one line for a bad value of <paramref name="key"/>: why, after the setting and its environment name.</summary>
    public static SettingsException Invalid(string key, string why) => new($"Invalid setting {SettingName.Of(key)}: {why}.");

    /// <summary>
    /// Reads <paramref name="connectionString"/> keyword by keyword into <paramref name="builder"/>, so that what is
    /// wrong is said in the setting's words: a keyword the engine does not know (and whether it is the other engine's),
    /// or a value it cannot take; not the driver's exception text.
    /// </summary>
    private static T Parse<T>(string key, string connectionString, T builder, string engine, DbConnectionStringBuilder other,
        string otherEngine, string? otherEngineHint = null) where T : DbConnectionStringBuilder
    {
        var given = new DbConnectionStringBuilder();
        try
        {
            given.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            throw Invalid(key, $"not a {engine} connection string (expected keyword=value pairs separated by ;)");
        }
        foreach (string keyword in given.Keys)
        {
            if (!builder.ContainsKey(keyword))
                throw Invalid(key, other.ContainsKey(keyword)
                    ? $"'{keyword}' is a {otherEngine} keyword, not a {engine} one{(otherEngineHint is null ? "" : $"; {otherEngineHint}")}"
                    : $"'{keyword}' is not a {engine} connection string keyword");
            try
            {
                builder[keyword] = given[keyword];
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidCastException)
            {
                throw Invalid(key, $"{keyword}='{given[keyword]}' is not a value {engine} takes for it");
            }
        }
        return builder;
    }
}
