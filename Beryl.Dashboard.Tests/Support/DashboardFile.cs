using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>Reads a data folder's dashboard.db directly, as an admin with sqlite3 would, to check what a CLI run stored.</summary>
public static class DashboardFile
{
    public static long Count(TestDataFolder folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("dashboard.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
