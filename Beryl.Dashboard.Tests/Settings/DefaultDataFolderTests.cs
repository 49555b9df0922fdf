using System.Diagnostics;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Settings;

/// <summary>
/// README's <c>dotnet run --project Beryl.Dashboard -- ...</c> commands and its <c>make</c> targets use the same data
/// folder when typed in the same place: <c>./data</c> of the folder the command was typed in.
/// </summary>
public sealed partial class DefaultDataFolderTests
{
    [Fact]
    public void Make_defaults_to_data_in_the_folder_it_runs_in()
    {
        var makefile = File.ReadAllText(RepositoryPaths.File("Makefile"));

        Assert.Matches(DataDirDefault(), makefile);
    }

    [Fact]
    public async Task Dotnet_run_uses_data_in_the_folder_it_was_typed_in_not_the_project_folder()
    {
        using var typedIn = new TestDataFolder();
        var project = RepositoryPaths.File("Beryl.Dashboard");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = typedIn.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "run", "--project", project, "--no-build", "--", "import-beryl-history" })
            info.ArgumentList.Add(arg);
        info.Environment.Remove("BERYL_DATA_DIR");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("Using launch settings", await output + await error);
        Assert.True(File.Exists(Path.Combine(typedIn.Path, "data", "dashboard.db")));
        Assert.False(Directory.Exists(Path.Combine(project, "data")));
    }

    [GeneratedRegex(@"(?m)^export BERYL_DATA_DIR \?= \$\(CURDIR\)/data$")]
    private static partial Regex DataDirDefault();
}
