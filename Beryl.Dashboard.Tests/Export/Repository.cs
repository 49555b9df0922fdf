using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The committed files the generators must match, read from the checkout the tests run in.</summary>
public static class Repository
{
    public static string Read(string relativePath) => File.ReadAllText(RepositoryPaths.File(relativePath));

    /// <summary>Where two texts first differ, as a readable line for a failure message.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
                return $"line {i + 1}: generated \"{left}\" but committed \"{right}\"";
        }
        return "no difference";
    }
}
