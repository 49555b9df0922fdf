using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Cli;

/// <summary>Shows a collection's progress: a redrawn bar on a terminal, one plain line per step otherwise.</summary>
public sealed class ConsoleProgress(TextWriter output, bool isTerminal) : IProgress<CollectionProgress>
{
    private const int Width = 30;

    public void Report(CollectionProgress value)
    {
        if (!isTerminal)
        {
            output.WriteLine($"[{value.Done}/{value.Total}] {value.Step}");
            return;
        }
        var filled = (int)Math.Round(value.Fraction * Width);
        output.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {value.Done}/{value.Total} {value.Step,-16}");
        if (value.Done == value.Total)
            output.WriteLine();
    }
}
