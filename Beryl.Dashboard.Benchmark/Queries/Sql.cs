using Beryl.Dashboard.Metrics;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// Raw SQL on Beryl's database for the baseline and the floor, with the period's instants bound as EF Core binds
/// them (<see cref="SqlTime"/>), on Django's tables: <c>$c</c> the cut-off, <c>$d1</c>, <c>$d7</c>, <c>$d30</c> the window starts.
/// </summary>
public sealed class Sql(SqliteConnection connection, CollectionPeriod period)
{
    /// <summary>The filter of <c>LiveRows.LiveAt</c> for a row that belongs to nothing deletable: created before the cut-off, not deleted.</summary>
    public static string Live(string alias) => $"({alias}.created < $c AND NOT {alias}.is_deleted)";

    /// <summary>An item: live, in a collection that is not deleted.</summary>
    public static string LiveItem(string alias) =>
        $"({Live(alias)} AND EXISTS (SELECT 1 FROM web_collection lc WHERE lc.id = {alias}.collection_id AND NOT lc.is_deleted))";

    /// <summary>A row of an item (link, attribute value, image): live, and its item and the item's collection not deleted.</summary>
    public static string LiveOfItem(string alias) =>
        $"({Live(alias)} AND EXISTS (SELECT 1 FROM web_collectionitem li JOIN web_collection lc ON lc.id = li.collection_id " +
        $"WHERE li.id = {alias}.item_id AND NOT li.is_deleted AND NOT lc.is_deleted))";

    /// <summary>A collection's image row: live, and its collection not deleted.</summary>
    public static string LiveOfCollection(string alias) =>
        $"({Live(alias)} AND EXISTS (SELECT 1 FROM web_collection lc WHERE lc.id = {alias}.collection_id AND NOT lc.is_deleted))";

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
