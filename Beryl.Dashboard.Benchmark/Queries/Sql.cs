using System.Data.Common;
using System.Globalization;
using Beryl.Dashboard.Metrics;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// Raw SQL on Beryl's database (SQLite or PostgreSQL) for the baseline and the floor, on Django's tables, with the
/// period's instants bound as the engine's EF Core provider binds them: <c>@c</c> the cut-off, <c>@d1</c>, <c>@d7</c>,
/// <c>@d30</c> the window starts. The few spellings the engines do not share are methods of an instance.
/// </summary>
public sealed class Sql(DbConnection connection, CollectionPeriod period)
{
    private readonly bool postgres = connection is not SqliteConnection;

    /// <summary>The filter of <c>LiveRows.LiveAt</c> for a row that belongs to nothing deletable: created before the cut-off, not deleted.</summary>
    public static string Live(string alias) => $"({alias}.created < @c AND NOT {alias}.is_deleted)";

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
        MetricWindow.Day => "@d1",
        MetricWindow.Week => "@d7",
        _ => "@d30",
    };

    /// <summary>The rows for which <paramref name="condition"/> holds, as an aggregate: SQLite sums its 0/1 truth values.</summary>
    public string CountIf(string condition) => postgres ? $"COUNT(*) FILTER (WHERE {condition})" : $"TOTAL({condition})";

    /// <summary>The sum of <paramref name="expression"/>; SQLite's TOTAL is a float that never overflows (NULL reads as 0 either way).</summary>
    public string Total(string expression) => postgres ? $"SUM({expression})" : $"TOTAL({expression})";

    /// <summary>
    /// The joins that keep a row of an item (<c>alias.item_id</c>) to live items in live collections, with
    /// <see cref="OfLiveItem"/> as its filter. PostgreSQL plans these joins as one hash or merge join; the same
    /// test as a correlated EXISTS (SQLite's best, where this is empty) costs it a look-up per row.
    /// </summary>
    public string JoinLiveItem(string alias) => postgres
        ? $" JOIN web_collectionitem li ON li.id = {alias}.item_id AND NOT li.is_deleted JOIN web_collection lc ON lc.id = li.collection_id AND NOT lc.is_deleted"
        : "";

    /// <summary>The filter that goes with <see cref="JoinLiveItem"/>: live, and on SQLite its item and collection too.</summary>
    public string OfLiveItem(string alias) => postgres ? Live(alias) : LiveOfItem(alias);

    /// <summary>
    /// A media file (<c>alias</c>) that no live image row uses, of a live collection or a live item. PostgreSQL
    /// hashes each image table once (NOT IN); SQLite looks each file up in the image tables' indexes (NOT EXISTS).
    /// </summary>
    public string Unattached(string alias) => postgres
        ? $"{alias}.id NOT IN (SELECT ci.media_file_id FROM web_collectionimage ci " +
          $"JOIN web_collection lc ON lc.id = ci.collection_id AND NOT lc.is_deleted WHERE {Live("ci")}) " +
          $"AND {alias}.id NOT IN (SELECT ii.media_file_id FROM web_collectionitemimage ii{JoinLiveItem("ii")} WHERE {Live("ii")})"
        : $"NOT EXISTS (SELECT 1 FROM web_collectionimage ci WHERE ci.media_file_id = {alias}.id AND {LiveOfCollection("ci")}) " +
          $"AND NOT EXISTS (SELECT 1 FROM web_collectionitemimage ii WHERE ii.media_file_id = {alias}.id AND {LiveOfItem("ii")})";

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
        return value is null or DBNull ? 0 : Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of a statement, through <paramref name="read"/>.</summary>
    public List<T> Rows<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
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

    private DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        Statements++;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Only the parameters a statement names: PostgreSQL refuses any other.
        foreach (var (name, instant) in new[]
                 {
                     ("@c", period.CutOff), ("@d1", period.Start(MetricWindow.Day)), ("@d7", period.Start(MetricWindow.Week)),
                     ("@d30", period.Start(MetricWindow.Month)),
                 })
            if (Names(sql, name))
                Bind(command, name, postgres ? DateTime.SpecifyKind(instant, DateTimeKind.Utc) : SqlTime.Of(instant));
        foreach (var (name, value) in parameters)
            Bind(command, name, value);
        return command;
    }

    private static bool Names(string sql, string name)
    {
        for (var at = sql.IndexOf(name, StringComparison.Ordinal); at >= 0; at = sql.IndexOf(name, at + 1, StringComparison.Ordinal))
            if (at + name.Length == sql.Length || !char.IsLetterOrDigit(sql[at + name.Length]))
                return true;
        return false;
    }

    /// <summary>Adds a named parameter to a command of either engine (null as SQL NULL).</summary>
    public static void Bind(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A count or sum, whatever numeric type the engine gives it (NULL as 0).</summary>
    public static double Number(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>An id, whether the engine stores it as integer or bigint.</summary>
    public static long Id(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
