using System.Text.Json;
using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics;
using Bunit;
using Microsoft.JSInterop;

namespace Beryl.Dashboard.Tests.Components;

public sealed class ApexChartTests : BunitContext
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private readonly BunitJSModuleInterop _module;

    public ApexChartTests()
    {
        // Strict: a call the component was not expected to make fails the test.
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.SetupVoid("render", _ => true);
        _module.SetupVoid("updateSeries", _ => true);
    }

    private static IReadOnlyList<ChartSeries> UsersAndItems() =>
    [
        new("Users", [new(Monday, 10), new(Monday.AddDays(1), null), new(Monday.AddDays(2), 12)]),
        new("Items", [new(Monday, 100), new(Monday.AddDays(1), null), new(Monday.AddDays(2), 130)]),
    ];

    [Fact]
    public void Series_names_reach_apexcharts_as_html_that_shows_them_as_text()
    {
        IReadOnlyList<ChartSeries> hostile =
        [
            new("Storage by content type: <img src=x onerror=alert(1)>", [new(Monday, 1)]),
            new("Items by type: \"><svg onload='x'> & co", [new(Monday, 2)]),
        ];
        Render<ApexChart>(p => p.Add(c => c.Series, hostile));
        var options = Assert.IsType<JsonElement>(_module.VerifyInvoke("render").Arguments[1]);

        Assert.Equal(
            ["Storage by content type: &lt;img src=x onerror=alert(1)&gt;", "Items by type: &quot;&gt;&lt;svg onload=&#39;x&#39;&gt; &amp; co"],
            options.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public void A_band_is_a_shaded_range_of_the_value_axis_with_its_label()
    {
        Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems())
            .Add(c => c.Options, new ChartOptions { Band = new ChartBand(12, 28, "usual on 2026-11-25") }));
        var options = Assert.IsType<JsonElement>(_module.VerifyInvoke("render").Arguments[1]);

        var band = Assert.Single(options.GetProperty("annotations").GetProperty("yaxis").EnumerateArray());
        Assert.Equal(12, band.GetProperty("y").GetDouble());
        Assert.Equal(28, band.GetProperty("y2").GetDouble());
        Assert.Equal("usual on 2026-11-25", band.GetProperty("label").GetProperty("text").GetString());
    }

    [Fact]
    public void A_days_note_reaches_the_tooltip_keyed_by_the_days_utc_midnight()
    {
        Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems())
            .Add(c => c.Options, new ChartOptions { DayNotes = new Dictionary<DateOnly, string> { [Monday] = "rebuilt from Beryl's tables" } }));
        var options = Assert.IsType<JsonElement>(_module.VerifyInvoke("render").Arguments[1]);

        // 2026-11-23T00:00:00Z in milliseconds since 1970.
        var note = Assert.Single(options.GetProperty("dayNotes").EnumerateObject());
        Assert.Equal(("1795392000000", "rebuilt from Beryl's tables"), (note.Name, note.Value.GetString()));
    }

    [Fact]
    public void A_marked_day_is_a_line_on_the_time_axis_at_its_utc_midnight_with_its_label()
    {
        Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems())
            .Add(c => c.Options, new ChartOptions { Markers = [new ChartMarker(Monday, "Beryl updated: web.0038_b")] }));
        var options = Assert.IsType<JsonElement>(_module.VerifyInvoke("render").Arguments[1]);

        var marker = Assert.Single(options.GetProperty("annotations").GetProperty("xaxis").EnumerateArray());
        Assert.Equal(1795392000000, marker.GetProperty("x").GetInt64());
        Assert.Equal("Beryl updated: web.0038_b", marker.GetProperty("label").GetProperty("text").GetString());
    }

    [Fact]
    public void Without_a_band_there_is_no_annotation()
    {
        Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems()));
        var options = Assert.IsType<JsonElement>(_module.VerifyInvoke("render").Arguments[1]);

        Assert.Empty(options.GetProperty("annotations").GetProperty("yaxis").EnumerateArray());
        Assert.Empty(options.GetProperty("annotations").GetProperty("xaxis").EnumerateArray());
    }

    [Fact]
    public void Renders_the_chart_once_after_the_first_render_with_names_gaps_and_downloads()
    {
        var cut = Render<ApexChart>(p => p
            .Add(c => c.Series, UsersAndItems())
            .Add(c => c.Options, new ChartOptions { Kind = ChartKind.Area, Unit = MetricUnit.Bytes, Dark = true, FileName = "users" }));

        var render = _module.VerifyInvoke("render");
        render.Arguments[0].ShouldBeElementReferenceTo(cut.Find("div"));
        var options = Assert.IsType<JsonElement>(render.Arguments[1]);
        Assert.Equal("bytes", render.Arguments[2]);

        Assert.Equal(["Users", "Items"], options.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var users = options.GetProperty("series")[0].GetProperty("data");
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), users[0][0].GetInt64());
        Assert.Equal(10, users[0][1].GetDouble());
        Assert.Equal(JsonValueKind.Null, users[1][1].ValueKind);

        var chart = options.GetProperty("chart");
        Assert.Equal("area", chart.GetProperty("type").GetString());
        Assert.True(chart.GetProperty("zoom").GetProperty("enabled").GetBoolean());
        // apexcharts' icons take no keyboard focus: the dialog has real buttons for zoom and downloads instead.
        Assert.False(chart.GetProperty("toolbar").GetProperty("show").GetBoolean());
        Assert.Equal("datetime", options.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("dark", options.GetProperty("theme").GetProperty("mode").GetString());
    }

    [Theory]
    [InlineData(false, "#ffffff")]
    [InlineData(true, "#373740")]
    public void Ten_lines_have_their_own_colour_each_at_3_to_1_on_the_charts_background(bool dark, string background)
    {
        var json = ApexChart.ChartJson(new ChartOptions { Dark = dark }, []);

        var colours = json.GetProperty("colors").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(colours, c => Assert.True(Contrast(c, background) >= 3, $"{c} on {background}: {Contrast(c, background):0.00}"));
    }

    /// <summary>WCAG's contrast ratio of two #rrggbb colours.</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int at)
            {
                var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void New_series_update_the_chart_without_drawing_it_again()
    {
        var cut = Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems()));

        cut.Render(p => p.Add(c => c.Series, [ChartSeries.Daily("Links", Monday, Monday.AddDays(1), _ => 5)]));

        _module.VerifyInvoke("render", calledTimes: 1);
        var update = _module.VerifyInvoke("updateSeries");
        var series = Assert.IsType<JsonElement>(update.Arguments[1]);
        Assert.Equal("Links", series[0].GetProperty("name").GetString());
        Assert.Equal(2, series[0].GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void A_render_with_the_same_series_and_equal_options_calls_nothing()
    {
        var series = UsersAndItems();
        var cut = Render<ApexChart>(p => p.Add(c => c.Series, series).Add(c => c.Options, new ChartOptions { Height = 200 }));

        cut.Render(p => p.Add(c => c.Series, series).Add(c => c.Options, new ChartOptions { Height = 200 }));

        _module.VerifyInvoke("render", calledTimes: 1);
        _module.VerifyNotInvoke("updateSeries");
    }

    [Fact]
    public void New_options_draw_the_chart_again()
    {
        var series = UsersAndItems();
        var cut = Render<ApexChart>(p => p.Add(c => c.Series, series));

        cut.Render(p => p.Add(c => c.Series, series).Add(c => c.Options, new ChartOptions { Dark = true }));

        var renders = _module.VerifyInvoke("render", calledTimes: 2);
        Assert.Equal("dark", Assert.IsType<JsonElement>(renders[1].Arguments[1]).GetProperty("theme").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Disposing_destroys_the_chart()
    {
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        var cut = Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems()));
        var div = cut.Find("div");

        await DisposeComponentsAsync();

        _module.VerifyInvoke("destroy").Arguments[0].ShouldBeElementReferenceTo(div);
    }

    [Fact]
    public async Task Disposing_after_the_circuit_is_gone_does_not_throw()
    {
        _module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("The circuit is gone."));
        var cut = Render<ApexChart>(p => p.Add(c => c.Series, UsersAndItems()));

        // Directly: the renderer would catch and report an exception from a disposal itself.
        await cut.InvokeAsync(async () => await cut.Instance.DisposeAsync());

        _module.VerifyInvoke("destroy");
    }

    [Fact]
    public void A_daily_series_has_a_null_point_for_every_day_without_a_value()
    {
        var values = new Dictionary<DateOnly, double> { [Monday] = 1, [Monday.AddDays(3)] = 4 };

        var series = ChartSeries.Daily("Users", Monday, Monday.AddDays(3), day => values.TryGetValue(day, out var v) ? v : null);

        Assert.Equal([1, null, null, 4], series.Points.Select(p => p.Value));
        Assert.Equal([Monday, Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(3)], series.Points.Select(p => p.Day));
    }
}
