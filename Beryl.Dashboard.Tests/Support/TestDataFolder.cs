using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>A throwaway data folder on disk (real SQLite files), deleted after the test.</summary>
public sealed class TestDataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("beryl-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // Pooled connections keep the files open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a child process may still hold a file; the OS temp cleaner gets it */ }
    }
}
