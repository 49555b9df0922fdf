using System.Reflection;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Docs;

/// <summary>docs/RELIABILITY.md names the test behind each line: those names must stay true as tests are renamed.</summary>
public sealed partial class ReliabilityDocTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryPaths.File("docs", "RELIABILITY.md"));

    [Fact]
    public void The_doc_has_a_section_per_part_of_the_issue()
    {
        var headings = Doc.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();

        // The faults section is written with the fault tests; its heading is here from the start.
        Assert.Contains("## Access", headings);
        Assert.Contains("## Faults", headings);
        Assert.Contains("## Bad input", headings);
    }

    [Fact]
    public void Every_test_the_doc_names_exists()
    {
        var named = TestName().Matches(Doc).Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value)).ToList();
        var tests = typeof(ReliabilityDocTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is not null), (t, m) => (Class: t.Name, Method: m.Name))
            .ToHashSet();

        Assert.True(named.Count > 30, $"only {named.Count} tests named");
        var missing = named.Where(n => !tests.Contains(n)).Select(n => $"{n.Class}.{n.Method}").ToList();
        Assert.True(missing.Count == 0, "docs/RELIABILITY.md names tests that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>`Class.Method` in a table's last column.</summary>
    [GeneratedRegex(@"`([A-Z]\w*Tests)\.(\w+)`")]
    private static partial Regex TestName();
}
