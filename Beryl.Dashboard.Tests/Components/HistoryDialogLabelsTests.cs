using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>
/// The history chart of a distribution with more labels than it can show: the largest two here, and one line for
/// the others, summed per day from the stored history (today 3 + 2 + 1, yesterday 5 + 2).
/// </summary>
public sealed class HistoryDialogLabelsTests
{
    private static readonly DateOnly Day = new(2026, 6, 15);

    [Fact]
    public async Task A_distribution_charts_its_largest_labels_and_the_others_as_one_line()
    {
        await using var services = await TestServices.CreateAsync(new DateTimeOffset(2026, 6, 16, 8, 0, 0, TimeSpan.Zero));
        await SaveAsync(services, Day.AddDays(-1), new V("items_by_type", 38, "Book"), new V("items_by_type", 20, "Vinyl"),
            new V("items_by_type", 5, "spam 1"), new V("items_by_type", 2, "spam 2"));
        await SaveAsync(services, Day, new V("items_by_type", 40, "Book"), new V("items_by_type", 25, "Vinyl"),
            new V("items_by_type", 3, "spam 1"), new V("items_by_type", 2, "spam 2"), new V("items_by_type", 1, "spam 3"));
        // The dialog reads the history from the store: a context of its own, given the store before anything renders.
        await using var context = new BunitContext();
        context.Services.AddMudServices();
        context.Services.AddSingleton(services.Get<SnapshotStore>());
        context.Services.AddSingleton(services.Get<Beryl.Dashboard.Metrics.BusinessCalendar>());
        context.Services.AddSingleton(services.Get<Beryl.Dashboard.Metrics.Timeline.BerylReleases>());
        context.Services.AddSingleton(services.Get<Beryl.Dashboard.Metrics.Store.NoteStore>());
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Render<MudPopoverProvider>();
        var report = (await services.Get<ReportBuilder>().BuildAsync(Day))! with { LabelsShown = 2 };
        var dialogs = context.Render<MudDialogProvider>();

        await dialogs.InvokeAsync(() => context.Services.GetRequiredService<IDialogService>().ShowAsync<HistoryDialog>("History",
            new DialogParameters<HistoryDialog> { { d => d.Report, report }, { d => d.Initial, report.Row("items_by_type") } }));

        var chart = dialogs.WaitForComponent<ApexChart>();
        dialogs.WaitForAssertion(() => Assert.Equal(3, chart.Instance.Series.Count));
        var series = chart.Instance.Series.ToDictionary(s => s.Name, s => s.Points.TakeLast(2).Select(p => p.Value).ToArray());
        Assert.Equal(["Items by type: Book", "Items by type: Vinyl", "Items by type: (other)"], chart.Instance.Series.Select(s => s.Name));
        Assert.Equal([38, 40], series["Items by type: Book"]);
        Assert.Equal([7, 6], series["Items by type: (other)"]);
    }
}
