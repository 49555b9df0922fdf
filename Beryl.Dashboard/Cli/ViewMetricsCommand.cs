using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Microsoft.Extensions.Options;

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
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var today = calendar.DayOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (day > today)
            throw new CliException($"--date: {InvalidCollectionDateException.InFuture(day.Value, today, calendar.Zone)}");
        // Only a reader: with nothing collected yet there is no database to create.
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        if (migrator.DashboardExists)
            await migrator.MigrateAsync(ct);
        var report = migrator.DashboardExists ? await services.GetRequiredService<ReportBuilder>().BuildAsync(day, ct) : null;
        if (report is not null)
        {
            Console.Out.Write(ReportTable.Render(report, Terminal.Console, changes: true));
            return 0;
        }
        var options = services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        // Only a command that would be accepted is offered.
        await Console.Error.WriteLineAsync(day switch
        {
            { } old when old < today.AddDays(-options.RetentionDays) =>
                $"{NoSnapshot.For(old)}: it is {options.PastRetention}, so none is kept.",
            { } d => $"{NoSnapshot.For(d)}. Collect it with: collect-daily-metrics --date {IsoDay.Text(d)}",
            null => $"{NoSnapshot.Yet}. Collect one with: collect-daily-metrics",
        });
        return 1;
    }
}
