namespace Beryl.Dashboard.Settings;

/// <summary>
/// The one folder that holds every runtime file: <c>BERYL_DATA_DIR</c>, default <c>./data</c>.
/// beryl.db (Beryl's data), dashboard.db (snapshots), and later hangfire.db and outbox/.
/// </summary>
public sealed class DataFolder
{
    public const string Setting = "BERYL_DATA_DIR";

    public string Path { get; }

    public DataFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>
    /// Creates the folder if needed and proves it writable now, rather than failing half-way through a collection.
    /// Called when something is about to be written, never before the settings and arguments are checked, so that
    /// bad input leaves no folder behind.
    /// </summary>
    public void Create()
    {
        try
        {
            Directory.CreateDirectory(Path);
            var probe = System.IO.Path.Combine(Path, ".write-test");
            System.IO.File.WriteAllText(probe, "");
            System.IO.File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e switch
            {
                UnauthorizedAccessException => "permission denied",
                DirectoryNotFoundException or FileNotFoundException => "no folder can be made or written there",
                _ => e.Message.TrimEnd('.'),
            };
            throw new SettingsException($"Invalid setting {Setting}: the data folder '{Path}' cannot be written ({why}).");
        }
    }

    /// <summary>
    /// <c>BERYL_DATA_DIR</c>, or <c>./data</c> of the working folder when unset (so <c>make</c>, run at the
    /// repository's root, and <c>dotnet run --project Beryl.Dashboard</c> from there use the same one).
    /// </summary>
    public static DataFolder From(IConfiguration configuration) => configuration[Setting] switch
    {
        null => new DataFolder(DefaultPath),
        { } path when string.IsNullOrWhiteSpace(path) =>
            throw new SettingsException($"Invalid setting {Setting}: it is empty; name a folder, or unset it for ./data."),
        { } path => new DataFolder(path),
    };

    /// <summary><c>./data</c> of the process's working folder, not of the content root (the project folder under dotnet run).</summary>
    public static string DefaultPath => System.IO.Path.Combine(Environment.CurrentDirectory, "data");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string SqliteConnectionString(string fileName) => $"Data Source={File(fileName)}";
}
