using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Cli;

/// <summary>
/// <c>collect-daily-metrics [--date YYYY-MM-DD] [--send-email] [--verbose]</c>; with --send-email the report of the
/// day just collected is mailed to Beryl's superusers, and the exit code is 1 when any of them did not get it.
/// <c>--from D1 --to D2</c> collects a range of days instead (<see cref="CollectRange"/>).
/// </summary>
public sealed class CollectDailyMetricsCommand : ICliCommand
{
    public string Name => "collect-daily-metrics";
    public string Summary => "Collect the snapshot of a day (today in the business time zone by default).";
    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Date("date", "The day to collect; a past day is final, today is provisional."),
        CliOption.Date("from", "With --to: collect every day of a range, e.g. the history of a Beryl just connected."),
        CliOption.Date("to", "The last day of the range (today at the latest)."),
        new("send-email", "Mail the report of that day to Beryl's superusers afterwards."),
        new("verbose", "Print every category's values."),
    ];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = calendar.DayOf(clock.GetUtcNow());
        if (args.Has("from") || args.Has("to"))
            return await CollectRangeAsync(args, services, today, ct);
        var day = args.Date("date") ?? today;
        if (day > today)
            throw new CliException($"--date: {InvalidCollectionDateException.InFuture(day, today, calendar.Zone)}");
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        var terminal = Terminal.Console;

        CollectionResult result;
        try
        {
            result = await services.GetRequiredService<MetricsCollector>()
                .CollectAsync(day, new ConsoleProgress(Console.Out, terminal.IsTerminal), ct);
        }
        catch (InvalidCollectionDateException e)
        {
            throw new CliException(args.Has("date") ? $"--date: {e.Message}" : e.Message);
        }
        catch (CollectionFailedException e)
        {
            // Not bad input (exit 2) but a failed run that is worth retrying: one line, exit 1.
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        if (args.Has("verbose") && await services.GetRequiredService<ReportBuilder>().BuildAsync(day, ct) is { } report)
            Console.Out.Write(ReportTable.Render(report, terminal, changes: false));
        Console.Out.WriteLine(result.Summary);

        return args.Has("send-email") ? await SendReportAsync(services.GetRequiredService<DailyReportMailer>(), day, ct) : 0;
    }

    private static async Task<int> CollectRangeAsync(CliArguments args, IServiceProvider services, DateOnly today, CancellationToken ct)
    {
        if (args.Date("from") is not { } from || args.Date("to") is not { } to)
            throw new CliException("--from and --to go together, e.g. --from 2026-11-01 --to 2026-11-30.");
        if (args.Has("date") || args.Has("send-email"))
            throw new CliException("--from/--to collect a range: they do not go with --date or --send-email.");
        if (from > to)
            throw new CliException($"--from {IsoDay.Text(from)} is after --to {IsoDay.Text(to)}.");
        if (to > today)
            throw new CliException($"--to: {InvalidCollectionDateException.InFuture(to, today, services.GetRequiredService<BusinessCalendar>().Zone)}");
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value;
        // Retention would delete such a day's snapshot as soon as it is stored.
        if (from < today.AddDays(-options.RetentionDays))
            throw new CliException($"--from: {IsoDay.Text(from)} is {options.PastRetention}; " +
                                   "its snapshot would be deleted right away.");
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        return await CollectRange.RunAsync(services.GetRequiredService<MetricsCollector>(), services.GetRequiredService<PastDaysCollector>(),
            from, to, options.CurrentStateGraceMinutes,
            Console.Out, Console.Error, ct);
    }

    /// <summary>Mails the report of the day just collected: one line per recipient, a summary; 1 when any failed.</summary>
    private static async Task<int> SendReportAsync(DailyReportMailer mailer, DateOnly day, CancellationToken ct)
    {
        DeliverySummary summary;
        try
        {
            summary = await mailer.SendAsync(day, ct);
        }
        catch (ReportDeliveryException e)
        {
            // Each failure once, on its recipient's line; the count on stderr.
            PrintOutcomes(e.Summary);
            await Console.Error.WriteLineAsync(e.Summary.Line);
            return 1;
        }
        PrintOutcomes(summary);
        Console.Out.WriteLine(summary.Line);
        return 0;
    }

    private static void PrintOutcomes(DeliverySummary summary)
    {
        foreach (var outcome in summary.Outcomes)
            Console.Out.WriteLine($"  {Describe(outcome.Status),-17} {outcome.Recipient}: {outcome.Detail}");
    }

    private static string Describe(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.AlreadyDelivered => "already delivered",
        DeliveryStatus.Failed => "FAILED",
        _ => "invalid address",
    };
}
