namespace Beryl.Dashboard.Tests.Support;

/// <summary>Files of the repository the tests read or write (docs, screenshots).</summary>
public static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Beryl.Dashboard.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The repository root (Beryl.Dashboard.sln) was not found above the test binaries.");
    }
}
