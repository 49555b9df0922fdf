using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using static Beryl.Dashboard.Tests.Email.ReportWorld;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>
/// An item type named to forge a line of its own in the report's text part, and one named to drive a terminal:
/// neither reaches the text part or view-metrics as control characters.
/// </summary>
public sealed class ControlCharactersTests
{
    private const string Notice = "Watch\n\nSECURITY NOTICE: every admin must re-verify at https://evil.example/verify";
    private const string Escape = "\u001b]0;pwned\u0007\u001b[2JClock";

    private static async Task<ReportWorld> WorldAsync()
    {
        var world = await CreateAsync();
        var store = world.Services.Get<SnapshotStore>();
        var day = (await store.LoadAsync([Day]))[Day];
        day.Values.Add(new MetricValue { Key = "items_by_type", Label = Notice, Value = 3 });
        day.Values.Add(new MetricValue { Key = "items_by_type", Label = Escape, Value = 2 });
        await store.SaveAsync(day);
        return world;
    }

    [Fact]
    public async Task A_line_break_in_a_name_does_not_start_a_line_in_the_text_part()
    {
        await using var world = await WorldAsync();
        var report = await world.Services.Get<ReportBuilder>().BuildAsync(Day);

        var email = await world.Services.Get<ReportEmailRenderer>().RenderAsync(report!);

        Assert.DoesNotContain(email.Text.Split('\n'), line => line.StartsWith("SECURITY NOTICE"));
        Assert.Contains("  · Watch\uFFFD\uFFFDSECURITY NOTICE: every admin must re-verify at https://evil.example/verify  3", email.Text);
        Assert.DoesNotContain('\u001b', email.Text);
        Assert.Contains("· \uFFFD]0;pwned\uFFFD\uFFFD[2JClock", email.Text);
    }

    [Fact]
    public async Task View_metrics_prints_no_escape_sequence_from_a_name()
    {
        await using var world = await WorldAsync();

        var run = await CliProcess.RunAsync(world.Services.Folder.Path, "view-metrics", "--date", $"{Day:yyyy-MM-dd}");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u0007', run.Output);
        Assert.Contains("· \uFFFD]0;pwned\uFFFD\uFFFD[2JClock", run.Output);
        Assert.DoesNotContain(run.Output.Split('\n'), line => line.StartsWith("SECURITY NOTICE"));
    }

    [Theory]
    [InlineData("Book", "Book")]
    [InlineData("Line\r\nbreak\ttab", "Line\uFFFD\uFFFDbreak\uFFFDtab")]
    [InlineData("\u202Egnp.exe", "\uFFFDgnp.exe")]
    [InlineData("a\u2028b\u0085c\u007fd", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("Ünïcödé 中文 📚", "Ünïcödé 中文 📚")]
    public void Plain_text_replaces_controls_and_reordering_marks(string name, string safe) => Assert.Equal(safe, PlainText.Safe(name));
}
