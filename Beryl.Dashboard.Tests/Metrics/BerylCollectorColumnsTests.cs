using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>Every metric of the catalog is either imported from Beryl's own collector or says why not; never both.</summary>
public sealed class BerylCollectorColumnsTests
{
    [Fact]
    public void Every_metric_is_imported_or_has_the_reason_it_is_not()
    {
        var imported = BerylCollectorColumns.Imported.Select(c => c.Key).ToHashSet();

        Assert.All(MetricCatalog.All, m => Assert.True(imported.Contains(m.Key) ^ BerylCollectorColumns.WhyNotImported(m.Key) is not null, m.Key));
        Assert.All(imported, key => Assert.True(MetricCatalog.TryGet(key, out _), key));
        // The metrics exact for any past day are rebuilt from Beryl's rows, never imported.
        Assert.DoesNotContain(MetricCatalog.All.Where(m => m.ExactForPastDates), m => imported.Contains(m.Key));
    }
}
