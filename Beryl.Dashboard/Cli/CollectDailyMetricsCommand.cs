using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Cli;

/// <summary><c>collect-daily-metrics [--date YYYY-MM-DD] [--send-email] [--verbose]</c></summary>
public sealed class CollectDailyMetricsCommand : ICliCommand
{
    public string Name => "collect-daily-metrics";
    public string Summary => "Collect the snapshot of a day (today in the business time zone by default).";
    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Date("date", "The day to collect; a past day is final, today is provisional."),
        new("send-email", "Mail the report of that day to Beryl's superusers afterwards."),
        new("verbose", "Print every category's values."),
    ];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var clock = services.GetRequiredService<TimeProvider>();
        var day = args.Date("date") ?? calendar.DayOf(clock.GetUtcNow());
        var terminal = Terminal.Console;

        CollectionResult result;
        try
        {
            result = await services.GetRequiredService<MetricsCollector>()
                .CollectAsync(day, new ConsoleProgress(Console.Out, terminal.IsTerminal), ct);
        }
        catch (InvalidCollectionDateException e)
        {
            throw new CliException($"--date: {e.Message}");
        }

        if (args.Has("verbose") && await services.GetRequiredService<ReportBuilder>().BuildAsync(day, ct) is { } report)
            Console.Out.Write(ReportTable.Render(report, terminal, changes: false));
        Console.Out.WriteLine(result.Summary);

        if (args.Has("send-email"))
            await Console.Error.WriteLineAsync("--send-email: email reports are not configured in this version; nothing was sent.");
        return 0;
    }
}
