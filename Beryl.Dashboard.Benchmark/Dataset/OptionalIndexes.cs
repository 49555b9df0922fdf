using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Benchmark.Dataset;

/// <summary>
/// A copy of a bench data folder with Beryl.Dashboard/BerylData/Django/optional-indexes.sql applied to its Beryl, so the
/// same collection can be timed on Django's indexes alone and with the indexes an admin may add. The kept dataset
/// itself stays as Django makes it.
/// </summary>
public static class OptionalIndexes
{
    /// <summary>The indexed copy of <paramref name="folder"/> (made again from it each run, so it never goes stale).</summary>
    public static string CopyWithIndexes(string folder, TextWriter log)
    {
        var copy = folder + "-optional-indexes";
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(copy))
            Directory.Delete(copy, recursive: true);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(folder))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        using (var connection = new SqliteConnection(BenchTarget.SqliteFolder(copy).BerylConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = File.ReadAllText(SqlFile());
            command.CommandTimeout = 600;
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        log.WriteLine($"  copied to {Path.GetFileName(copy)} and applied {Path.GetFileName(SqlFile())}");
        return copy;
    }

    /// <summary>The file the repository ships, found from the benchmark's output folder up to the repository.</summary>
    public static string SqlFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Beryl.Dashboard", "BerylData", "Django", "optional-indexes.sql");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("Beryl.Dashboard/BerylData/Django/optional-indexes.sql was not found above the benchmark.");
    }
}
