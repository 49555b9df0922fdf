using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// Total users at 1,000 for 60 days, then 1,300 from <see cref="Jump"/> on (a bulk import): an alert on its day, and
/// for 30 days after the 7- and 30-day changes measured across it. Explained, it leaves the list and its echoes are
/// no alerts.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class ExplainedAlertsTests
{
    private static readonly DateOnly Jump = new(2026, 5, 1);

    private static async Task<TestServices> HistoryAsync()
    {
        var services = await TestServices.CreateAsync(new DateTimeOffset(2026, 6, 15, 8, 0, 0, TimeSpan.Zero));
        for (var day = Jump.AddDays(-60); day <= Jump.AddDays(35); day = day.AddDays(1))
            await SaveAsync(services, day, new V("users_total", day < Jump ? 1000 : 1300));
        return services;
    }

    private static async Task<MetricReport> ReportAsync(TestServices services, DateOnly day) =>
        (await services.Get<ReportBuilder>().BuildAsync(day))!;

    private static bool AlertsOnUsers(MetricReport report) => report.Alerts.Any(a => a.Row.Metric.Key == "users_total");

    [Fact]
    public async Task An_explained_alert_leaves_the_list_with_its_note_and_comes_back_when_taken_back()
    {
        await using var services = await HistoryAsync();
        Assert.True(AlertsOnUsers(await ReportAsync(services, Jump)));

        var (note, error) = await services.Get<NoteStore>().AddAsync(Jump, "Bulk import of the club's members", "admin@beryl.local", "users_total");
        Assert.Null(error);
        var explained = await ReportAsync(services, Jump);

        Assert.False(AlertsOnUsers(explained));
        var single = Assert.Single(explained.Explained);
        Assert.Equal("users_total", single.Alert.Row.Metric.Key);
        Assert.Equal("Bulk import of the club's members", single.Note.Text);
        // Written at 08:00 UTC on 2026-06-15 (the clock), 10:00 in Zurich.
        Assert.Equal(["Explained Total users by admin@beryl.local, 2026-06-15 10:00: Bulk import of the club's members"], explained.DayEvents);

        Assert.True(await services.Get<NoteStore>().TakeBackAsync(note!.Id));
        Assert.True(AlertsOnUsers(await ReportAsync(services, Jump)));
    }

    [Fact]
    public async Task After_an_explained_day_the_changes_measured_from_or_across_it_are_no_alerts()
    {
        await using var services = await HistoryAsync();
        await services.Get<NoteStore>().AddAsync(Jump, "Bulk import", "admin@beryl.local", "users_total");

        // The 7-day changes for a week, the 30-day ones for a month: each spans the jump, and none is news.
        foreach (var after in new[] { 1, 3, 6, 7, 15, 29, 30 })
            Assert.False(AlertsOnUsers(await ReportAsync(services, Jump.AddDays(after))), $"an alert {after} days after the jump");
    }

    [Theory]
    [InlineData("   ", "A note needs some text.")]
    [InlineData(null, "A note needs some text.")]
    public async Task A_note_without_text_is_refused_and_nothing_is_written(string? text, string message)
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        var notes = services.Get<NoteStore>();

        var (note, error) = await notes.AddAsync(June15.Day, text, "admin@beryl.local");

        Assert.Null(note);
        Assert.Equal(message, error);
        Assert.Empty(await notes.BetweenAsync(DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public async Task A_note_too_long_or_on_a_day_to_come_is_refused_with_one_line()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        var notes = services.Get<NoteStore>();

        Assert.Equal("A note holds at most 500 characters; this one has 501.",
            (await notes.AddAsync(June15.Day, new string('x', 501), "admin@beryl.local")).Error);
        Assert.Equal("2026-06-17 is still to come in Europe/Zurich: notes are about days that came.",
            (await notes.AddAsync(new DateOnly(2026, 6, 17), "later", "admin@beryl.local")).Error);
        Assert.Empty(await notes.BetweenAsync(DateOnly.MinValue, DateOnly.MaxValue));
    }
}
