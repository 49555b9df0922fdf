using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Rows;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Metrics.Rows;

/// <summary>
/// The rows behind each count on <see cref="HandCountedBeryl"/>, listed five minutes after the cut-off of 2026-06-15
/// (the clock of the fixture): as many as the collector counted, and the ones its comments name.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class RowListsTests(HandCountedFixture fixture) : IClassFixture<HandCountedFixture>
{
    private RowReader Reader => fixture.Services.Get<RowReader>();

    private RowRequest Request(string key, string label = "", DateOnly? day = null)
    {
        var (request, error) = Reader.Check(key, label, day ?? June15.Day);
        Assert.True(request is not null, error);
        return request;
    }

    private async Task<List<string>> NamesAsync(string key, string label = "", DateOnly? day = null) =>
        (await Reader.AllAsync(Request(key, label, day))).Rows.Select(r => r.Name).ToList();

    [Fact]
    public async Task Every_listable_count_lists_as_many_rows_as_the_collector_counted()
    {
        foreach (var key in RowLists.Keys)
        {
            var metric = MetricCatalog.ByKey(key);
            var labels = metric.IsDistribution ? fixture.June15Snapshot.Distribution(key).Keys.ToList() : [""];
            foreach (var label in labels)
            {
                var (rows, _) = await Reader.AllAsync(Request(key, label));
                Assert.True(fixture.June15Snapshot[key, label] == rows.Count,
                    $"{key} {label}: {rows.Count} rows listed, {fixture.June15Snapshot[key, label]} counted.");
            }
        }
    }

    [Fact]
    public async Task Events_are_listed_newest_first_deleted_since_or_not()
    {
        Assert.Equal(["dave@example.org", "carol@example.org", "bob@example.org"], await NamesAsync("users_new_30d"));
        // Wishlist was deleted since it was created: still an event of its window.
        Assert.Equal(["LEGO", "Vinyl", "Wishlist"], await NamesAsync("collections_created_30d"));
    }

    [Fact]
    public async Task A_state_leaves_out_deleted_rows_and_rows_created_at_the_cut_off()
    {
        // Gone and Wishlist are deleted, Tomorrow was created at the cut-off.
        Assert.Equal(["Books", "Club", "LEGO", "Vinyl"], (await NamesAsync("collections_total")).Order());
        Assert.Equal(["Club"], await NamesAsync("collections_by_visibility", "friends"));
    }

    [Fact]
    public async Task A_failed_email_shows_the_error_of_its_last_failed_attempt()
    {
        var rows = (await Reader.AllAsync(Request("emails_failed"))).Rows;

        // e3 (in the day) failed twice: the later error; e8 (in the week) has no exception type.
        Assert.Equal(["SMTPServerDisconnected: Connection unexpectedly closed", "Mailbox full"], rows.Select(r => r.LastError));
        Assert.Equal("failed: Mailbox full", fixture.Services.Get<RowText>().Detail(rows[1]));
        Assert.All((await Reader.AllAsync(Request("emails_sent"))).Rows, r => Assert.Null(r.LastError));
    }

    [Fact]
    public async Task Links_are_listed_under_the_pattern_they_matched()
    {
        Assert.Equal(["https://discogs.com/r/2", "https://amazon.com/dp/1", "https://amazon.de/dp/1"], await NamesAsync("links_matched"));
        Assert.Equal(["https://amazon.com/dp/1", "https://amazon.de/dp/1"], await NamesAsync("links_by_pattern", "Amazon"));
        var unmatched = (await Reader.AllAsync(Request("links_unmatched"))).Rows.Single();
        Assert.Equal("https://example.org/4", unmatched.Name);
        Assert.Equal("matches no pattern", fixture.Services.Get<RowText>().Detail(unmatched));
        Assert.Equal($"https://beryl.example.org/admin/web/collectionitemlink/{unmatched.Id}/change/",
            new AdminLinks("https://beryl.example.org/admin/").Of(unmatched));
    }

    [Fact]
    public async Task Pages_follow_each_other_newest_first()
    {
        var request = Request("users_new_30d");

        var first = await Reader.PageAsync(request, 0, size: 2);
        var second = await Reader.PageAsync(request, 1, size: 2);

        Assert.Equal(["dave@example.org", "carol@example.org"], first.Rows.Select(r => r.Name));
        Assert.True(first.HasMore);
        Assert.Equal(["bob@example.org"], second.Rows.Select(r => r.Name));
        Assert.False(second.HasMore);
        Assert.Equal(June15.CutOff, first.CutOff);
    }

    [Fact]
    public async Task An_event_count_lists_for_a_past_day_and_a_state_says_why_it_cannot()
    {
        var june9 = new DateOnly(2026, 6, 9);

        // The 7 days up to 2026-06-09T22:00Z: carol only (dave came later, bob earlier); 30 days: grace too.
        Assert.Equal(["carol@example.org"], await NamesAsync("users_new_7d", day: june9));
        Assert.Equal(["carol@example.org", "bob@example.org", "grace@example.org"], await NamesAsync("users_new_30d", day: june9));

        var (refused, error) = Reader.Check("items_total", "", june9);
        Assert.Null(refused);
        Assert.Equal("Total items is a state Beryl keeps no history of: its rows can be listed as they are now, for today, " +
                     "not for 2026-06-09.", error);
    }

    [Theory]
    [InlineData("items_with_images_pct", "", "Items with images has no rows to list: it is not a count of Beryl's rows.")]
    [InlineData("no_such_metric", "", "'no_such_metric' is not a metric.")]
    [InlineData("items_by_status", "", "Items by status lists one status at a time: give its label.")]
    [InlineData("items_total", "book", "Total items has no labels.")]
    public void What_cannot_be_listed_gets_one_line(string key, string label, string message)
    {
        var (request, error) = Reader.Check(key, label, June15.Day);

        Assert.Null(request);
        Assert.Equal(message, error);
    }

    [Fact]
    public async Task Each_row_links_to_its_change_page_in_Beryls_admin()
    {
        await using var db = fixture.Services.Beryl();
        var dave = await db.Users.SingleAsync(u => u.Username == "dave@example.org");
        var row = (await Reader.AllAsync(Request("users_new_24h"))).Rows.Single();

        Assert.Equal($"https://beryl.example.org/admin/auth/user/{dave.Id}/change/", new AdminLinks("https://beryl.example.org/admin").Of(row));
        Assert.Equal("dave@example.org", row.Owner);
        Assert.Null(new AdminLinks(null).Of(row));
    }
}
