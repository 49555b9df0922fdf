using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Benchmark.Dataset;

/// <summary>One prepared INSERT, reused for every row of a table inside the builder's transaction.</summary>
public sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public int Rows { get; private set; }

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
    }

    /// <summary>Inserts one row; values in the order of the columns (null becomes SQL NULL).</summary>
    public void Row(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => command.Dispose();
}
