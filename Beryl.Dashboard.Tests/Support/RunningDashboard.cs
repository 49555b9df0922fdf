using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>The real app on Kestrel (a child process) on 127.0.0.1 and a free port, with demo data.</summary>
public sealed class RunningDashboard : IAsyncDisposable
{
    private const int LogLinesKept = 200;
    private readonly Process process;
    private readonly bool ownsFolder;
    private readonly Queue<string> log = new();

    public TestDataFolder Folder { get; }
    public string Url { get; }

    private RunningDashboard(TestDataFolder folder, Process process, string url, bool ownsFolder = true)
    {
        Folder = folder;
        this.process = process;
        Url = url;
        this.ownsFolder = ownsFolder;
        // Both streams are read as they come: a full pipe would block the app at its next log line.
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The app's last log lines (standard output and error), for a failing test to show what the app saw.</summary>
    public string RecentLog
    {
        get
        {
            lock (log)
                return string.Join('\n', log);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            log.Enqueue(line);
            if (log.Count > LogLinesKept)
                log.Dequeue();
        }
    }

    /// <summary>
    /// Seeds <paramref name="demoDays"/> days of demo Beryl through the CLI, then serves it, with extra settings as
    /// environment variables.
    /// </summary>
    public static async Task<RunningDashboard> StartAsync(int demoDays, IDictionary<string, string>? environment = null)
    {
        var folder = new TestDataFolder();
        var seeded = await CliProcess.RunAsync(folder.Path, "seed-demo", "--days", demoDays.ToString());
        if (seeded.ExitCode != 0)
            throw new InvalidOperationException($"seed-demo failed: {seeded.Error}");

        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var process = CliProcess.Start(folder.Path, ["--urls", url], environment);
        var dashboard = new RunningDashboard(folder, process, url);
        await dashboard.WaitUntilHealthyAsync();
        return dashboard;
    }

    /// <summary>
    /// Serves a data folder the caller prepared and keeps (so a test can start the app again on it), with extra
    /// settings as environment variables (<c>Jobs__InvisibilityTimeoutSeconds</c>...).
    /// </summary>
    public static async Task<RunningDashboard> StartAsync(TestDataFolder folder, IDictionary<string, string> environment)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var process = CliProcess.Start(folder.Path, ["--urls", url], environment);
        var dashboard = new RunningDashboard(folder, process, url, ownsFolder: false);
        await dashboard.WaitUntilHealthyAsync();
        return dashboard;
    }

    /// <summary>A client of this app that keeps cookies and does not follow redirects: what <see cref="SignIn"/> needs.</summary>
    public HttpClient CreateSignInClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Url) };

    /// <summary>Kills the app with SIGKILL, as a crash, the OOM killer or a forced container restart would.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (process.HasExited)
                {
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"The dashboard exited: {RecentLog}");
            }
            try
            {
                if ((await http.GetAsync($"{Url}/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The dashboard did not become healthy.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        if (ownsFolder)
            Folder.Dispose();
    }
}
