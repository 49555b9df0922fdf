namespace Beryl.Dashboard.Cli;

/// <summary>Whether output goes to a terminal, and ANSI colours when it does (NO_COLOR turns them off).</summary>
public sealed class Terminal(bool isTerminal)
{
    public static Terminal Console => new(!System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    public bool IsTerminal => isTerminal;

    public string Green(string text) => Paint(text, "32");
    public string Red(string text) => Paint(text, "31");
    public string Grey(string text) => Paint(text, "90");
    public string Bold(string text) => Paint(text, "1");

    private string Paint(string text, string code) => isTerminal ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
