using Beryl.Dashboard.BerylData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Benchmark.Dataset;

/// <summary>The bench data folder: one sub-folder per scale, each a complete BERYL_DATA_DIR kept between runs.</summary>
public sealed class BenchDatasets(string root, TextWriter log)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// The folder of a scale with its Beryl database ready: reused when its sidecar says it was built with the same
    /// sizes, seed, generator and schema; otherwise built again from scratch.
    /// </summary>
    public async Task<(string Folder, DatasetSpec Spec)> EnsureAsync(double scale, int seed)
    {
        var spec = DatasetSpec.At(scale, Schema, seed);
        var folder = Path.Combine(Root, spec.FolderName);
        var database = Path.Combine(folder, "beryl.db");
        if (File.Exists(database) && DatasetSpec.Load(folder) == spec)
        {
            log.WriteLine($"Dataset {spec.FolderName}: kept ({spec.Describe()})");
            return (folder, spec);
        }

        log.WriteLine($"Dataset {spec.FolderName}: building {spec.Describe()}");
        Directory.CreateDirectory(folder);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatasetSpec.SidecarName, "beryl.db", "beryl.db-wal", "beryl.db-shm" })
            File.Delete(Path.Combine(folder, file));
        // The app's own start-up creates the schema (Django's DDL for Beryl, the migrations for the dashboard), as the app would.
        await using (var services = await BenchServices.CreateAsync(BenchTarget.SqliteFolder(folder)))
        {
        }
        SqliteConnection.ClearAllPools();
        new DatasetBuilder(spec, database, log).Build();
        spec.Save(folder);
        return (folder, spec);
    }

    /// <summary>The Beryl schema the dataset is written in (Django's DDL); a new one rebuilds the kept datasets.</summary>
    public const string Schema = "django-web-0038";
}
