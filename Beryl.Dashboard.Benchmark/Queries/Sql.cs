using Beryl.Dashboard.Metrics;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// Raw SQL on Beryl's database for the baseline and the floor, with the period's instants bound as EF Core binds
/// them (<see cref="SqlTime"/>): <c>$c</c> the cut-off, <c>$d1</c>, <c>$d7</c>, <c>$d30</c> the window starts.
/// </summary>
public sealed class Sql(SqliteConnection connection, CollectionPeriod period)
{
    /// <summary>The "as of" filter of <c>LiveRows.LiveAt</c> on an alias: created before the cut-off, not deleted before it.</summary>
    public static string Live(string alias) => $"({alias}.\"Created\" < $c AND ({alias}.\"DeletedAt\" IS NULL OR {alias}.\"DeletedAt\" >= $c))";

    public static string WindowParameter(MetricWindow window) => window switch
    {
        MetricWindow.Day => "$d1",
        MetricWindow.Week => "$d7",
        _ => "$d30",
    };

    /// <summary>Statements run so far on this connection.</summary>
    public int Statements { get; private set; }

    /// <summary>Each statement run, with the seconds it took to its last row.</summary>
    public List<(string Sql, double Seconds)> Log { get; } = [];

    /// <summary>The single number a statement returns (NULL as 0).</summary>
    public double Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var value = command.ExecuteScalar();
        Log.Add((sql, stopwatch.Elapsed.TotalSeconds));
        return value is null or DBNull ? 0 : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of a statement, through <paramref name="read"/>.</summary>
    public List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var rows = new List<T>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add(read(reader));
        Log.Add((sql, stopwatch.Elapsed.TotalSeconds));
        return rows;
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        Statements++;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Parameters a statement does not use are ignored by Microsoft.Data.Sqlite.
        Bind(command, "$c", period.CutOff);
        Bind(command, "$d1", period.Start(MetricWindow.Day));
        Bind(command, "$d7", period.Start(MetricWindow.Week));
        Bind(command, "$d30", period.Start(MetricWindow.Month));
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static void Bind(SqliteCommand command, string name, DateTime instant) =>
        command.Parameters.AddWithValue(name, SqlTime.Of(instant));

    public static double Number(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : reader.GetDouble(ordinal);
}
