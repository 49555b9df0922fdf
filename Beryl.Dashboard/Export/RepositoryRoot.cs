namespace Beryl.Dashboard.Export;

/// <summary>
/// The checkout's top folder (the one with Beryl.Dashboard.sln), found from a starting folder upwards, so the
/// generated files land in docs/ whether the command runs from the top, from the project or from bin/.
/// </summary>
public static class RepositoryRoot
{
    public const string Marker = "Beryl.Dashboard.sln";

    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
                return dir.FullName;
        return null;
    }
}
