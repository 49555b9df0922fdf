using Beryl.Dashboard.Export;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>Files of the repository the tests read or write (docs, screenshots).</summary>
public static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot() => RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"The repository root ({RepositoryRoot.Marker}) was not found above the test binaries.");
}
