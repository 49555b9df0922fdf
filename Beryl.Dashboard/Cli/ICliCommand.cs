namespace Beryl.Dashboard.Cli;

/// <summary>A command of the dashboard's executable (<c>dotnet run -- NAME ...</c>).</summary>
public interface ICliCommand
{
    string Name { get; }
    string Summary { get; }
    IReadOnlyList<CliOption> Options { get; }

    /// <summary>Runs with parsed arguments; returns the exit code.</summary>
    Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct);
}
