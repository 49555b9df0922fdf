using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Cli;

/// <summary>
/// The command-line side of the executable: with a known command as first argument, runs it instead of
/// serving the web app.
/// </summary>
public static class CliApp
{
    public static readonly IReadOnlyList<ICliCommand> Commands =
    [
        new CollectDailyMetricsCommand(),
        new ImportBerylHistoryCommand(),
        new BuildHistoryCommand(),
        new ViewMetricsCommand(),
        new SeedDemoCommand(),
        new EvaluateAlertsCommand(),
        new ExportGrafanaCommand(),
        new ExportDocsCommand(),
    ];

    private static readonly CliOption HelpOption = new("help", "Show this help.");

    /// <summary>
    /// True when the arguments name a command, ask for help or the version, or are not the web host's settings
    /// (<c>--key value</c> or <c>--key=value</c> pairs, as <c>--urls http://127.0.0.1:5000</c>): those get an answer
    /// here, not a server started as if nothing had been asked.
    /// </summary>
    public static bool IsCommandLine(string[] args) =>
        args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) || args is ["--help"] or ["-h"] or ["--version"]
        || HostArgumentProblem(args) is not null;

    /// <summary>The first argument the web host would misread (a flag without a value, a stray word); null when all are settings.</summary>
    private static string? HostArgumentProblem(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
                return arg;
            if (arg.Contains('=', StringComparison.Ordinal))
                continue;
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                return arg;
            i++;
        }
        return null;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? error = null, CancellationToken ct = default)
    {
        error ??= Console.Error;
        if (args is ["--help"] or ["-h"] or ["help"])
        {
            Console.Out.Write(Usage());
            return 0;
        }
        if (args is ["--version"])
        {
            Console.Out.WriteLine($"Beryl Dashboard {typeof(CliApp).Assembly.GetName().Version?.ToString(3)}");
            return 0;
        }
        if (args[0].StartsWith("--", StringComparison.Ordinal) && HostArgumentProblem(args) is { } problem)
        {
            await error.WriteLineAsync($"Unknown argument '{problem}': the web app takes settings as --key value " +
                                       "(e.g. --urls http://127.0.0.1:5000); --help lists the commands.");
            return 2;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Select(c => c.Name))}.");
            return 2;
        }
        try
        {
            var parsed = new CliArguments(command.Name, args.Skip(1), command.Options.Append(HelpOption).ToList());
            if (parsed.Has(HelpOption.Name))
            {
                Console.Out.Write(Help(command));
                return 0;
            }
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration.AddBerylEnvironmentNames();
            // A command prints its own progress and summary; logs would repeat them.
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            // The mailer's warnings: the command prints each recipient's outcome, once.
            builder.Configuration["Logging:LogLevel:Beryl.Dashboard.Email"] = "Error";
            // A failed query or connection reaches the command as an exception, which it reports in one line.
            builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database"] = "None";
            builder.Services.AddBerylDashboard(builder.Configuration);
            using var host = builder.Build();
            // Each command creates and migrates the databases (DatabaseMigrator) only once its input is checked.
            return await command.RunAsync(parsed, host.Services, ct);
        }
        catch (Exception e) when (e is CliException or SettingsException)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (DatabaseUnavailableException e)
        {
            // Not bad input but a run worth repeating once the server is back: one line, exit 1.
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    public static string Usage() =>
        "Beryl Dashboard\n\n" +
        "Usage: Beryl.Dashboard [COMMAND] [OPTIONS]\n" +
        "With no command it serves the web app (ASP.NET arguments such as --urls apply).\n\nCommands:\n" +
        string.Concat(Commands.Select(c => $"  {c.Name,-24}{c.Summary}\n")) +
        "\nRun a command with --help for its options.\n";

    public static string Help(ICliCommand command) =>
        $"Usage: {command.Name} [OPTIONS]\n\n{command.Summary}\n\nOptions:\n" +
        string.Concat(command.Options.Append(HelpOption).Select(o =>
            $"  {("--" + o.Name + (o.TakesValue ? " " + o.ValueName : "")),-24}{o.Help}\n"));
}
