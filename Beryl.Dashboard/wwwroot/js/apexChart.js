// The browser half of Components/Shared/ApexChart.razor. ApexCharts itself is the UMD bundle that
// App.razor loads as a classic script (window.ApexCharts), so this module imports nothing.
// Series names arrive HTML-encoded (ApexChart.razor.cs), because apexcharts writes them into its legend and
// tooltip as HTML; nothing here may decode them. The formatters below only ever return numbers and dates.

// Keyed by the element: the component only knows its div, and an entry goes away with the div.
const charts = new WeakMap();

const bytes = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];

// Written like MetricFormat.Value on the server, so that chart and table agree; counts keep up to two
// decimals because an axis over a small range puts its ticks between whole numbers.
const formats = {
    count: v => v.toLocaleString("en-US", { maximumFractionDigits: 2 }),
    bytes: v => {
        let unit = 0;
        while (Math.abs(v) >= 1024 && unit < bytes.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit === 0 ? `${Math.round(v).toLocaleString("en-US")} B` : `${v.toFixed(1)} ${bytes[unit]}`;
    },
    percent: v => `${v.toFixed(1)} %`,
    ratio: v => v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    seconds: v => {
        if (v < 60) return `${v.toFixed(3)} s`;
        const s = Math.round(v), two = n => String(n).padStart(2, "0");
        return `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
    },
};

// Functions cannot cross JSON, so the ones the options need are added here.
function withFunctions(options, unit) {
    const format = formats[unit] ?? formats.count;
    const value = v => v === null || v === undefined ? "N/A" : format(v);
    // x values are UTC midnights: an ISO day keeps the CSV on the right day in every time zone.
    options.chart.toolbar.export.csv.categoryFormatter = x => new Date(x).toISOString().substring(0, 10);
    options.yaxis = { ...options.yaxis, labels: { ...options.yaxis?.labels, formatter: value } };
    options.tooltip = { ...options.tooltip, y: { ...options.tooltip?.y, formatter: value } };
    // The day, and where that day's values came from when not from a collection at its end (our own words).
    const notes = options.dayNotes ?? {};
    delete options.dayNotes;
    const day = ms => new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    options.tooltip.x = { ...options.tooltip.x, formatter: ms => notes[ms] ? `${day(ms)} · ${notes[ms]}` : day(ms) };
    return options;
}

export async function render(element, options, unit) {
    if (!element) return;
    destroy(element);
    const chart = new window.ApexCharts(element, withFunctions(options, unit));
    charts.set(element, chart);
    // Not returned: the resolved chart object cannot be serialized back to .NET.
    await chart.render();
}

export async function updateSeries(element, series) {
    const chart = element && charts.get(element);
    if (chart) await chart.updateSeries(series);
}

// A no-op for an element without a chart: destroyed already, never rendered, or gone from the page.
export function destroy(element) {
    const chart = element && charts.get(element);
    if (!chart) return;
    charts.delete(element);
    chart.destroy();
}
