using System.Globalization;
using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Bunit;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>
/// Dates, times and thresholds read the same whatever the culture of the server, as every other number
/// on the page does (MetricFormat): fi-FI writes times as 00.05.00 and decimals as 12,5; th-TH counts years
/// in the Buddhist era (2569), and the command line only takes 2026-06-15.
/// </summary>
public sealed class ServerCultureTests : MudComponentTest
{
    private static readonly DateOnly Day = new(2026, 6, 15);

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("th-TH")]
    public void The_last_collection_is_written_in_ISO_dates_and_times(string culture)
    {
        var collectedAt = new DateTimeOffset(2026, 6, 16, 0, 5, 0, TimeSpan.FromHours(2));
        var report = new MetricReport(Day, collectedAt.UtcDateTime, collectedAt, TimeSpan.FromMilliseconds(1234), false,
            [], [], new AlertThresholds(10, 25));

        using (new CurrentCulture(culture))
        {
            var cut = Render<LastCollection>(p => p.Add(c => c.Report, report).Add(c => c.ZoneName, "Europe/Zurich"));

            Assert.Equal("Last collection: 2026-06-16 00:05:00 (1.234 s) · snapshot of 2026-06-15, as of Europe/Zurich",
                TextOf(cut.Find("[data-testid='last-collection'] p")));
        }
    }

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("th-TH")]
    public void The_empty_state_names_the_day_as_the_command_line_takes_it(string culture)
    {
        using (new CurrentCulture(culture))
        {
            var cut = Render<EmptyState>(p => p.Add(c => c.Day, Day).Add(c => c.Today, Day.AddDays(1)));

            Assert.Equal("No snapshot for 2026-06-15", TextOf(cut.Find("h2")));
            Assert.Equal("collect-daily-metrics --date 2026-06-15", TextOf(cut.Find("code")));
        }
    }

    [Fact]
    public void The_thresholds_of_the_alerts_have_a_decimal_point()
    {
        using (new CurrentCulture("fi-FI"))
        {
            var thresholds = new AlertThresholds(12.5, 27.5);
            var calm = Render<AlertList>(p => p.Add(c => c.Report, AlertListTests.ReportOf([], thresholds)));
            var change = MetricChange.Compare(1, 150, 100, Polarity.UpIsGood, thresholds);
            var row = new MetricRow(MetricCatalog.ByKey("users_total"), "", 150, null, [change], []);
            var alerts = Render<AlertList>(p => p.Add(c => c.Report, AlertListTests.ReportOf([new MetricAlert(row, change, "why")], thresholds)));

            Assert.Equal("No change passed the 12.5 % warning threshold.", TextOf(calm.Find("[data-testid='no-alerts']")));
            Assert.Equal("Alerts: 1 critical (≥ 27.5 %), 0 warnings (≥ 12.5 %)",
                TextOf(alerts.Find("[data-testid='alerts'] .mud-typography-subtitle2")));
        }
    }

    /// <summary>Runs the test's renders under another culture, and puts the old one back.</summary>
    private sealed class CurrentCulture : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CurrentCulture(string name) =>
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
