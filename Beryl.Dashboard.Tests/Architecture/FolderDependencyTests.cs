using System.Text.RegularExpressions;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Architecture;

/// <summary>
/// No two folders of the app depend on each other in a circle. A source file belongs to its folder under
/// Beryl.Dashboard/ (two levels deep under Metrics/); it depends on every folder whose namespace it names, in a
/// <c>using</c> or spelled out (EF's generated migrations aside). ARCHITECTURE.md draws the direction.
/// </summary>
public sealed partial class FolderDependencyTests
{
    [Fact]
    public void No_folder_depends_back_on_one_that_depends_on_it()
    {
        var graph = Graph();
        var circles = graph.Keys
            .SelectMany(from => graph[from].Where(to => Reaches(graph, to, from)).Select(to => $"{from} -> {to}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(circles.Count == 0, "Folders in a circle: " + string.Join("; ", circles));
    }

    [Fact]
    public void Only_the_entry_points_depend_on_the_composition_root()
    {
        var graph = Graph();

        // Program.cs starts the web app, Cli/ the commands: both build the services Hosting/ registers.
        Assert.Empty(graph.Where(node => node.Key is not ("(root)" or "Cli") && node.Value.Contains("Hosting")).Select(node => node.Key));
    }

    [Fact]
    public void The_check_sees_a_circle_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };

        Assert.True(Reaches(graph, "B", "A"));
        Assert.False(Reaches(graph, "A", "D"));
    }

    /// <summary>Each folder and the folders it names.</summary>
    private static Dictionary<string, HashSet<string>> Graph()
    {
        var app = RepositoryPaths.File("Beryl.Dashboard");
        var files = Directory.EnumerateFiles(app, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(app, f).Split(Path.DirectorySeparatorChar))
            .Where(parts => !parts.Any(p => p is "bin" or "obj" or "Migrations" or "wwwroot" or "node_modules"))
            .ToList();
        var graph = files.Select(parts => FolderOf(parts[..^1])).Distinct().ToDictionary(f => f, _ => new HashSet<string>());
        foreach (var parts in files)
        {
            var folder = FolderOf(parts[..^1]);
            foreach (Match named in Namespace().Matches(File.ReadAllText(Path.Combine([app, .. parts]))))
            {
                var segments = named.Value.Split('.')[2..];
                // The longest prefix that is a folder: Beryl.Dashboard.Metrics.Report.MetricFormat is Metrics/Report.
                var target = Enumerable.Range(1, segments.Length).Reverse().Select(n => FolderOf(segments[..n]))
                    .FirstOrDefault(graph.ContainsKey);
                if (target is not null && target != folder)
                    graph[folder].Add(target);
            }
        }
        return graph;
    }

    private static string FolderOf(string[] folders) => folders switch
    {
        [] => "(root)",
        ["Metrics", var sub, ..] => $"Metrics/{sub}",
        [var top, ..] => top,
    };

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var folder))
        {
            if (folder == to)
                return true;
            if (seen.Add(folder))
                foreach (var target in graph.GetValueOrDefault(folder, []))
                    next.Push(target);
        }
        return false;
    }

    [GeneratedRegex(@"Beryl\.Dashboard(?:\.[A-Z][A-Za-z]+)+")]
    private static partial Regex Namespace();
}
