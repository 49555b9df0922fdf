using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Beryl.Dashboard.Components.Shared;

/// <summary>
/// A time-series chart drawn in the browser by apexcharts, through wwwroot/js/apexChart.js. App.razor loads
/// the library itself (wwwroot/lib/apexcharts, copied from npm by the build).
/// </summary>
public sealed partial class ApexChart : IAsyncDisposable
{
    internal const string ModulePath = "./js/apexChart.js";

    // Web defaults: camelCase, and nulls written as null, which is how a gap reaches apexcharts.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [Parameter] public ChartOptions Options { get; set; } = new();

    /// <summary>Goes onto the chart's div (class, style, id).</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    private ElementReference _element;
    private IJSObjectReference? _module;
    // What the browser shows, to tell after a render whether the chart needs new options, new series or nothing.
    private ChartOptions? _drawnOptions;
    private IReadOnlyList<ChartSeries>? _drawnSeries;
    private bool _disposed;

    // Only after a render: prerendering has no browser, and the div must exist before apexcharts draws into it.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            if (_disposed)
            {
                await DisposeAsync();
                return;
            }
        }

        // A render that came while the module was loading: the first render's call, still to come, draws it.
        if (_module is null)
            return;

        // Noted before the call, so that a render while it runs compares against what is being drawn.
        if (Options != _drawnOptions)
        {
            (_drawnOptions, _drawnSeries) = (Options, Series);
            await _module.InvokeVoidAsync("render", _element, ChartJson(Options, Series), Options.Unit.ToString().ToLowerInvariant());
        }
        else if (!ReferenceEquals(Series, _drawnSeries))
        {
            _drawnSeries = Series;
            await _module.InvokeVoidAsync("updateSeries", _element, SeriesJson(Series));
        }
    }

    /// <summary>Shows fewer days (<paramref name="factor"/> below 1) or more (above 1) around the middle of those shown.</summary>
    public async Task ZoomAsync(double factor)
    {
        if (_module is not null)
            await _module.InvokeVoidAsync("zoom", _element, factor);
    }

    /// <summary>Shows every day again.</summary>
    public async Task ResetZoomAsync()
    {
        if (_module is not null)
            await _module.InvokeVoidAsync("resetZoom", _element);
    }

    /// <summary>Downloads the chart as <see cref="ChartOptions.FileName"/>.png.</summary>
    public async Task DownloadPngAsync()
    {
        if (_module is not null)
            await _module.InvokeVoidAsync("downloadPng", _element, Options.FileName ?? "chart");
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_module is null)
            return;
        try
        {
            await _module.InvokeVoidAsync("destroy", _element);
            await _module.DisposeAsync();
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
            // The circuit is gone (a closed tab, a lost connection), and the page's chart went with it.
        }
        _module = null;
    }

    internal static JsonElement ChartJson(ChartOptions options, IReadOnlyList<ChartSeries> series) => JsonSerializer.SerializeToElement(new
    {
        chart = new
        {
            type = options.Kind.ToString().ToLowerInvariant(),
            height = options.Height,
            // Transparent, so the chart sits on the MudBlazor surface of either theme.
            background = "transparent",
            zoom = new { enabled = true, type = "x", autoScaleYaxis = true },
            // Dragging still zooms; the toolbar's icons take no keyboard focus, so the page has its own buttons
            // (ZoomAsync, ResetZoomAsync, DownloadPngAsync).
            toolbar = new { show = false, autoSelected = "zoom" },
        },
        theme = new { mode = options.Dark ? "dark" : "light" },
        colors = options.Dark ? DarkLines : LightLines,
        series = Wire(series),
        xaxis = new { type = "datetime", labels = new { datetimeUTC = true } },
        stroke = new { curve = "straight", width = 2 },
        dataLabels = new { enabled = false },
        // Visible points, or a day with data between two gaps would not show at all.
        markers = new { size = 3, strokeWidth = 0 },
        tooltip = new { enabled = true, shared = true, x = new { format = "d MMM yyyy" } },
        noData = new { text = "No data" },
        // Read and removed by apexChart.js, which adds them to the tooltip's day.
        dayNotes = (options.DayNotes ?? new Dictionary<DateOnly, string>())
            .ToDictionary(n => new ChartPoint(n.Key, null).EpochMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), n => n.Value),
        annotations = new
        {
            yaxis = options.Band is { } band
                ? new object[] { new
                {
                    y = band.Low, y2 = band.High, fillColor = BandColour, borderColor = BandColour, opacity = 0.18,
                    // Dark text on amber (white was 2.2:1), inside the band at its left.
                    label = new
                    {
                        text = band.Label, borderColor = BandColour, position = "left", textAnchor = "start", offsetX = 4,
                        style = new { color = "#1c1917", background = BandColour },
                    },
                } }
                : [],
            xaxis = options.Markers.Select(m => new
            {
                x = new ChartPoint(m.Day, null).EpochMilliseconds, borderColor = MarkerColour, strokeDashArray = 4,
                label = new { text = m.Label, borderColor = MarkerColour, orientation = "horizontal", style = new { color = "#ffffff", background = MarkerColour } },
            }).ToArray(),
        },
    }, Json);

    // Slate: a marker is news about the day, neither good nor bad; white on it is 7.6:1.
    private const string MarkerColour = "#475569";

    // Ten lines before a colour repeats (a distribution of eight statuses and its others), each at 3:1 or more
    // against the chart's background in its theme (white; the dark surface #373740).
    private static readonly string[] LightLines =
        ["#0f766e", "#b45309", "#1d4ed8", "#be185d", "#4d7c0f", "#7c3aed", "#0369a1", "#b91c1c", "#57534e", "#a16207"];
    private static readonly string[] DarkLines =
        ["#2dd4bf", "#fbbf24", "#93c5fd", "#f9a8d4", "#a3e635", "#c4b5fd", "#7dd3fc", "#fca5a5", "#d6d3d1", "#fde047"];

    // Amber: the colour of a warning, which is what a band beside an alerted value is about.
    private const string BandColour = "#f59e0b";

    internal static JsonElement SeriesJson(IReadOnlyList<ChartSeries> series) => JsonSerializer.SerializeToElement(Wire(series), Json);

    // [x, y] pairs: apexcharts reads a null y as a gap. Names are encoded: apexcharts puts them into its legend
    // and tooltip as HTML, and they come from Beryl's data (item types, attributes, link patterns, the content
    // types browsers sent with uploads).
    private static IEnumerable<object> Wire(IReadOnlyList<ChartSeries> series) =>
        series.Select(s => new { name = HtmlText(s.Name), data = s.Points.Select(p => new double?[] { p.EpochMilliseconds, p.Value }) });

    /// <summary>
    /// Text as HTML that shows exactly that text: only the five characters markup gives a meaning are replaced,
    /// so the names read the same wherever apexcharts writes them.
    /// </summary>
    internal static string HtmlText(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
