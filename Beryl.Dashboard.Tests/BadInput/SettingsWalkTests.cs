using System.Text.RegularExpressions;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// Every setting of README's table, given one malformed value through its environment name, to the real executable
/// both as a CLI command and as the web app: exit 2, exactly one line on stderr naming the setting and its
/// environment name, no data folder created (it does not exist beforehand, as ./data on a first run) and nothing at
/// a Beryl path.
/// </summary>
public sealed partial class SettingsWalkTests
{
    /// <summary>Per environment name of README's table: a malformed value. Free text (a token, a user name) has none.</summary>
    private static readonly Dictionary<string, string?> Malformed = new()
    {
        ["BERYL_DATA_DIR"] = "   ",
        ["Database__Provider"] = "mysql",
        ["ConnectionStrings__Beryl"] = "Data Source=/nonexistent/beryl/db.sqlite3",
        ["ConnectionStrings__Dashboard"] = "garbage",
        ["METRICS_TIME_ZONE"] = "Mars/Olympus_Mons",
        ["METRICS_RETENTION_DAYS"] = "abc",
        ["METRICS_ALERT_THRESHOLD_WARNING"] = "ten",
        ["METRICS_ALERT_THRESHOLD_CRITICAL"] = "5",
        ["Metrics__CurrentStateGraceMinutes"] = "soon",
        ["Metrics__AlertHistoryDays"] = "7",
        ["Metrics__AlertMinimumChange"] = "-1",
        ["Metrics__LargestLabels"] = "0",
        ["METRICS_PROMETHEUS_TOKEN"] = "two words",
        ["BERYL_ADMIN_URL"] = "javascript:alert(1)",
        ["Email__Enabled"] = "maybe",
        ["EMAIL_HOST"] = "bad host!",
        ["EMAIL_PORT"] = "abc",
        ["Email__TimeoutSeconds"] = "0",
        ["EMAIL_USE_TLS"] = "maybe",
        ["EMAIL_USE_SSL"] = "perhaps",
        ["EMAIL_HOST_USER"] = null,
        ["EMAIL_HOST_PASSWORD"] = null,
        ["DEFAULT_FROM_EMAIL"] = "notanemail",
        ["Email__PublicBaseUrl"] = "not a url",
        ["Jobs__InvisibilityTimeoutSeconds"] = "0",
    };

    /// <summary>Malformed in other ways than the table's case: the ones a newcomer tripped on.</summary>
    public static TheoryData<string, string> MoreCases => new()
    {
        { "ConnectionStrings__Dashboard", ";Default Timeout=abc" },
        { "ConnectionStrings__Dashboard", "Host=localhost" },
        { "ConnectionStrings__Dashboard", "Data_Source=dashboard.db" },
        { "ConnectionStrings__Beryl", "garbage" },
        { "METRICS_RETENTION_DAYS", "0" },
        { "EMAIL_PORT", "70000" },
    };

    public static TheoryData<string, string> TableCases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var (name, value) in Malformed)
                if (value is not null)
                    cases.Add(name, value);
            return cases;
        }
    }

    [Fact]
    public void Every_environment_name_of_READMEs_table_has_a_case()
    {
        var readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        var table = readme[readme.IndexOf("| setting | environment |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var names = table.Split('\n').Skip(2)
            .SelectMany(row => EnvironmentName().Matches(row.Split('|')[2]).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), Malformed.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TableCases))]
    [MemberData(nameof(MoreCases))]
    public async Task A_malformed_setting_is_one_line_exit_2_and_creates_nothing(string name, string value)
    {
        foreach (var args in new[] { new[] { "view-metrics" }, ["--urls", $"http://127.0.0.1:{FreePort.Next()}"] })
        {
            using var folder = new TestDataFolder();
            var dataFolder = Path.Combine(folder.Path, "data");
            var run = await CliProcess.RunAsync(dataFolder, args, new Dictionary<string, string> { [name] = value });

            var context = $"{string.Join(' ', args)} with {name}={value}";
            Assert.True(run.ExitCode == 2, $"{context}: exit {run.ExitCode}, {run.Error}");
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith("Invalid setting ", line);
            // The environment name the user set, and for a section setting its key too (Email__Enabled is Email:Enabled).
            Assert.Contains(name, line);
            Assert.Contains(name.Replace("__", ":", StringComparison.Ordinal), line);
            Assert.False(Directory.Exists(dataFolder), $"{context}: created {dataFolder}");
            Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
            Assert.False(Directory.Exists("/nonexistent/beryl"), context);
        }
    }

    [GeneratedRegex("`([A-Za-z_]+)`")]
    private static partial Regex EnvironmentName();
}
