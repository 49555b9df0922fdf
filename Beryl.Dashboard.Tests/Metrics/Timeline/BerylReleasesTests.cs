using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics.Timeline;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Metrics.Timeline;

/// <summary>Beryl's releases, read from its <c>django_migrations</c> as Django writes it, days in Europe/Zurich.</summary>
[Trait("Category", TestDatabase.Category)]
public sealed class BerylReleasesTests
{
    private static async Task AppliedAsync(TestServices services, string app, string name, DateTime applied)
    {
        await using var db = services.Beryl();
        await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO django_migrations (app, name, applied) VALUES ({app}, {name}, {applied})");
    }

    [Fact]
    public async Task Migrations_applied_on_two_days_are_two_releases_with_their_names()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await AppliedAsync(services, "web", "0037_a", June15.Utc("2026-06-03T09:00:00"));
        await AppliedAsync(services, "web", "0038_b", June15.Utc("2026-06-10T14:00:00"));
        // 23:30 UTC is 01:30 on 2026-06-11 in Zurich: the next day there.
        await AppliedAsync(services, "post_office", "0012_c", June15.Utc("2026-06-10T23:30:00"));
        await AppliedAsync(services, "web", "0039_d", June15.Utc("2026-06-11T06:00:00"));

        var releases = await services.Get<BerylReleases>().BetweenAsync(new DateOnly(2026, 6, 5), June15.Day);

        Assert.Equal(2, releases.Count);
        Assert.Equal(new DateOnly(2026, 6, 10), releases[0].Day);
        Assert.Equal(["web.0038_b"], releases[0].Migrations);
        Assert.Equal(new DateOnly(2026, 6, 11), releases[1].Day);
        Assert.Equal("Beryl updated: post_office.0012_c, web.0039_d", releases[1].Text);
    }

    [Fact]
    public async Task The_report_of_a_day_names_its_release()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await AppliedAsync(services, "web", "0038_b", June15.Utc("2026-06-15T14:00:00"));
        await services.Get<SnapshotStore>().SaveAsync(StoredSnapshots.Snapshot(June15.Day, new StoredSnapshots.V("users_total", 7)));

        var report = (await services.Get<ReportBuilder>().BuildAsync(June15.Day))!;

        Assert.Equal("Beryl updated: web.0038_b", Assert.Single(report.DayEvents));
    }

    [Fact]
    public async Task A_Beryl_without_the_table_has_no_releases_and_one_line_says_so()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE django_migrations");
        var releases = services.Get<BerylReleases>();

        Assert.Empty(await releases.BetweenAsync(new DateOnly(2026, 6, 1), June15.Day));
        Assert.Equal("Beryl's database has no table \"django_migrations\": the charts and reports show no \"Beryl updated\" days.",
            await new BerylSchemaStatus(services.Get<IDbContextFactory<BerylDbContext>>(), releases, services.Clock).NoticeAsync());
    }
}
