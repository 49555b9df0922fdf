namespace Beryl.Dashboard.Cli;

/// <summary>A command of the dashboard's executable (<c>dotnet run -- NAME ...</c>).</summary>
public interface ICliCommand
{
    string Name { get; }
    string Summary { get; }
    IReadOnlyList<CliOption> Options { get; }

    /// <summary>
    /// Runs with parsed arguments; returns the exit code. Input is checked before anything is written: a command
    /// that uses the databases brings them up (<c>DatabaseMigrator.MigrateAsync</c>) only after its checks.
    /// </summary>
    Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct);
}
