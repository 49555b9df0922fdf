using Beryl.Dashboard.Benchmark.Queries;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Benchmark;

/// <summary>
/// The benchmark's naive baseline and floor (raw SQL) give the collector's numbers on the hand-counted Beryl,
/// whose edge cases (rows at the cut-off, deleted after it, deleted types and patterns...) a generated dataset
/// may not hit; on SQLite and, in the collector suite's second pass, on PostgreSQL (the SQL the engines spell
/// differently included). And the comparison that guards the benchmark's timings reports what differs. No timings here.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class BenchmarkQueriesTests(HandCountedFixture fixture) : IClassFixture<HandCountedFixture>
{
    [Fact]
    public void The_naive_baseline_gives_the_collectors_numbers() => AssertSameAsCollector(NaiveBaseline.Collect);

    [Fact]
    public void The_floor_gives_the_collectors_numbers() => AssertSameAsCollector(Floor.Collect);

    [Fact]
    public void A_different_value_a_missing_label_and_an_extra_label_are_each_reported()
    {
        var collector = Numbers(("items_total", "", 6), ("items_by_status", "sold", 1), ("items_by_status", "wanted", 2));
        var other = Numbers(("items_total", "", 7), ("items_by_status", "sold", 1), ("items_by_status", "lent_out", 1));

        var differences = MetricNumbers.Differences("collector", collector, "floor", other);

        Assert.Contains("items_total: collector 6, floor 7", differences);
        Assert.Contains("items_by_status {wanted}: collector 2, floor missing", differences);
        Assert.Contains("items_by_status {lent_out}: collector missing, floor 1", differences);
        Assert.DoesNotContain(differences, d => d.Contains("{sold}", StringComparison.Ordinal));
    }

    [Fact]
    public void Percents_may_differ_in_the_last_bits_counts_and_bytes_may_not()
    {
        Assert.True(MetricNumbers.Same(MetricUnit.Percent, 100.0 / 3, 100.0 / 3 + 1e-14));
        Assert.False(MetricNumbers.Same(MetricUnit.Percent, 33.3, 33.4));
        Assert.False(MetricNumbers.Same(MetricUnit.Count, 1e15, 1e15 + 1));
        Assert.False(MetricNumbers.Same(MetricUnit.Bytes, 5_000_000_000, 5_000_000_001));
    }

    [Fact]
    public void The_collections_own_duration_is_not_compared()
    {
        var differences = MetricNumbers.Differences("collector", Numbers(("collection_duration_seconds", "", 1.5)),
            "floor", Numbers(("collection_duration_seconds", "", 0.2)));

        Assert.DoesNotContain(differences, d => d.StartsWith("collection_duration_seconds", StringComparison.Ordinal));
    }

    private void AssertSameAsCollector(Func<Sql, MetricNumbers> collect)
    {
        var collected = MetricNumbers.FromSnapshot(fixture.June15Snapshot.Snapshot);
        var calendar = fixture.Services.Get<BusinessCalendar>();
        using var db = fixture.Services.Beryl();
        var connection = db.Database.GetDbConnection();
        connection.Open();

        var numbers = collect(new Sql(connection, calendar.PeriodFor(June15.Day, June15.CollectedAt)));

        Assert.Empty(MetricNumbers.Differences("collector", collected, "benchmark", numbers));
    }

    private static MetricNumbers Numbers(params (string Key, string Label, double Value)[] values) =>
        MetricNumbers.FromSnapshot(new MetricSnapshot
        {
            Values = values.Select(v => new MetricValue { Key = v.Key, Label = v.Label, Value = v.Value }).ToList(),
        });
}
