using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Cli;

/// <summary><c>view-metrics [--date YYYY-MM-DD]</c>: the report as a table in the terminal.</summary>
public sealed class ViewMetricsCommand : ICliCommand
{
    public string Name => "view-metrics";
    public string Summary => "Show the report of the latest snapshot (or of --date) with its changes.";
    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Date("date", "Show the report of this day instead of the latest."),
    ];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var day = args.Date("date");
        var report = await services.GetRequiredService<ReportBuilder>().BuildAsync(day, ct);
        if (report is null)
        {
            var today = services.GetRequiredService<BusinessCalendar>().DayOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
            // A day still to come cannot be collected: no command is offered for it.
            await Console.Error.WriteLineAsync(day switch
            {
                { } future when future > today => $"No snapshot for {future:yyyy-MM-dd}: that day is still to come (today is {today:yyyy-MM-dd}).",
                { } d => $"No snapshot for {d:yyyy-MM-dd}. Collect it with: collect-daily-metrics --date {d:yyyy-MM-dd}",
                null => "No snapshot yet. Collect one with: collect-daily-metrics",
            });
            return 1;
        }
        Console.Out.Write(ReportTable.Render(report, Terminal.Console, changes: true));
        return 0;
    }
}
