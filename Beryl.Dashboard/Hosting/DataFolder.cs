namespace Beryl.Dashboard.Hosting;

/// <summary>
/// The one folder that holds every runtime file: <c>BERYL_DATA_DIR</c>, default <c>./data</c>.
/// beryl.db (Beryl's data), dashboard.db (snapshots), and later hangfire.db and outbox/.
/// </summary>
public sealed class DataFolder
{
    public const string Setting = "BERYL_DATA_DIR";

    public string Path { get; }

    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path);
            // Prove it is writable now rather than failing half-way through a collection.
            var probe = System.IO.Path.Combine(Path, ".write-test");
            System.IO.File.WriteAllText(probe, "");
            System.IO.File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"Invalid setting {Setting}: the data folder '{Path}' cannot be written ({e.Message}).");
        }
    }

    public static DataFolder From(IConfiguration configuration) =>
        new(configuration[Setting] is { Length: > 0 } path ? path : "data");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string SqliteConnectionString(string fileName) => $"Data Source={File(fileName)}";
}
