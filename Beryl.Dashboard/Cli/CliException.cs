namespace Beryl.Dashboard.Cli;

/// <summary>A command-line mistake; its message is the one line printed before exiting with code 2.</summary>
public sealed class CliException(string message) : Exception(message);
