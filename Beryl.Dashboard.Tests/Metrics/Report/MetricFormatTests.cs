using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>How values and changes are written in every view: units, separators, N/A.</summary>
public sealed class MetricFormatTests
{
    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1023, "1,023 B")]
    [InlineData(1024, "1.0 KB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(1048576, "1.0 MB")]
    [InlineData(1572864, "1.5 MB")]
    [InlineData(5905580032, "5.5 GB")]
    [InlineData(1099511627776, "1.0 TB")]
    public void Bytes_in_binary_units(double bytes, string text)
    {
        Assert.Equal(text, MetricFormat.Value(bytes, MetricUnit.Bytes));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1234, "1,234")]
    [InlineData(1234567, "1,234,567")]
    public void Counts_with_thousands_separators(double count, string text)
    {
        Assert.Equal(text, MetricFormat.Value(count, MetricUnit.Count));
    }

    [Theory]
    [InlineData(0, "0.0 %")]
    [InlineData(33.333333333, "33.3 %")]
    [InlineData(66.666666667, "66.7 %")]
    [InlineData(100, "100.0 %")]
    public void Percents_with_one_decimal(double percent, string text)
    {
        Assert.Equal(text, MetricFormat.Value(percent, MetricUnit.Percent));
    }

    [Theory]
    [InlineData(1.5, "1.50")]
    [InlineData(1.166666667, "1.17")]
    [InlineData(1234.5, "1,234.50")]
    public void Ratios_with_two_decimals(double ratio, string text)
    {
        Assert.Equal(text, MetricFormat.Value(ratio, MetricUnit.Ratio));
    }

    [Theory]
    [InlineData(1.234, "1.234 s")]
    [InlineData(3725, "1:02:05")]
    public void Seconds_to_the_millisecond_then_as_a_clock(double seconds, string text)
    {
        Assert.Equal(text, MetricFormat.Value(seconds, MetricUnit.Seconds));
    }

    [Fact]
    public void An_unknown_value_is_na()
    {
        Assert.Equal("N/A", MetricFormat.Value(null, MetricUnit.Count));
        Assert.Equal("N/A", MetricFormat.Value(null, MetricUnit.Bytes));
    }

    [Theory]
    [InlineData(1234, MetricUnit.Count, "+1,234")]
    [InlineData(-2621440, MetricUnit.Bytes, "-2.5 MB")]
    [InlineData(0.4, MetricUnit.Percent, "+0.4 pp")]
    [InlineData(-12.34, MetricUnit.Percent, "-12.3 pp")]
    [InlineData(0, MetricUnit.Count, "±0")]
    public void Deltas_are_signed_in_the_metric_unit(double delta, MetricUnit unit, string text)
    {
        Assert.Equal(text, MetricFormat.Delta(delta, unit));
    }

    [Theory]
    [InlineData(10, "+10.0 %")]
    [InlineData(-25, "-25.0 %")]
    [InlineData(0, "0.0 %")]
    [InlineData(-1 * 100.0 / 2519, "-0.04 %")]
    [InlineData(0.049, "+0.049 %")]
    [InlineData(-0.0001, "< 0.001 %")]
    public void Percent_changes_are_signed(double percent, string text)
    {
        Assert.Equal(text, MetricFormat.Percent(percent));
    }

    [Fact]
    public void A_change_in_one_line_with_arrow_and_the_mark_of_its_alert()
    {
        var thresholds = new AlertThresholds(10, 25);
        string Line(double current, double previous, Severity mark = Severity.None, MetricUnit unit = MetricUnit.Count) =>
            MetricFormat.Change(MetricChange.Compare(1, current, previous, Polarity.UpIsGood, thresholds), unit, mark);

        Assert.Equal("↑ +5 (+5.0 %)", Line(105, 100));
        // Past the warning threshold but not an alert: no mark.
        Assert.Equal("↑ +10 (+10.0 %)", Line(110, 100));
        Assert.Equal("↑ +10 (+10.0 %) !", Line(110, 100, Severity.Warning));
        Assert.Equal("↓ -25 (-25.0 %) !!", Line(75, 100, Severity.Critical));
        Assert.Equal("↑ +3 (new)", Line(3, 0));
        Assert.Equal("= no change", Line(0, 0));
        Assert.Equal("↑ +1.0 KB (+100.0 %) !!", Line(2048, 1024, Severity.Critical, MetricUnit.Bytes));
        Assert.Equal("N/A", MetricFormat.Change(MetricChange.NotAvailable(1, "No snapshot."), MetricUnit.Count, Severity.None));
    }
}
