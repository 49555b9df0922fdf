using System.Text.RegularExpressions;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The catalog's Prometheus names follow the naming rules, so a new entry cannot break the exposition.</summary>
public sealed class PrometheusNamesTests
{
    public static readonly TheoryData<string> Keys = new(MetricCatalog.All.Select(m => m.Key));

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_name_is_a_valid_beryl_gauge_name_in_base_units(string key)
    {
        var metric = MetricCatalog.ByKey(key);

        Assert.Matches("^beryl_[a-z0-9_]+$", metric.PrometheusName);
        Assert.False(metric.PrometheusName.EndsWith("_total", StringComparison.Ordinal), "_total is for counters");
        var suffix = metric.Unit switch
        {
            MetricUnit.Percent => "_ratio",
            MetricUnit.Bytes => "_bytes",
            MetricUnit.Seconds => "_seconds",
            _ => null,
        };
        if (suffix is not null)
            Assert.EndsWith(suffix, metric.PrometheusName);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_distribution_label_is_a_valid_label_name(string key)
    {
        var metric = MetricCatalog.ByKey(key);

        if (metric.Dimension is { } label)
            Assert.True(Regex.IsMatch(label, "^[a-z][a-z0-9_]*$") && label != "le" && label != "quantile", label);
    }

    [Fact]
    public void Names_are_unique()
    {
        var names = MetricCatalog.All.Select(m => m.PrometheusName).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
