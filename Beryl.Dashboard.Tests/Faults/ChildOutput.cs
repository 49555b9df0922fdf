using System.Diagnostics;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// Reads a child process's standard output line by line as it comes (the CLI prints one "[n/9] Step" line per
/// collection step when its output is not a terminal), so a test can act at a given step.
/// </summary>
public sealed class ChildOutput
{
    private readonly List<string> lines = [];
    private readonly Task reading;
    private readonly Task<string> error;

    public ChildOutput(Process process)
    {
        reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
                lock (lines)
                    lines.Add(line);
        });
        error = process.StandardError.ReadToEndAsync();
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
                return lines.ToList();
        }
    }

    public bool Has(string prefix) => Lines.Any(l => l.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Waits for a line starting with <paramref name="prefix"/>; fails with everything printed if the process ends first.</summary>
    public async Task WaitForAsync(string prefix)
    {
        // Only against a hang: the steps come within seconds.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!Has(prefix))
        {
            if (reading.IsCompleted)
                throw new InvalidOperationException(
                    $"The process ended before printing '{prefix}'. Output: {string.Join(" | ", Lines)}. Error: {await error}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No line '{prefix}' after 2 minutes. Output: {string.Join(" | ", Lines)}");
            await Task.Delay(10);
        }
    }

    /// <summary>Everything printed, once the process has ended.</summary>
    public async Task<IReadOnlyList<string>> AllAsync()
    {
        await reading;
        return Lines;
    }
}
