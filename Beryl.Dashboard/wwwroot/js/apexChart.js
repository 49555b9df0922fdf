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
    // Motion only for those who have not asked their system for less.
    options.chart.animations = { enabled: !window.matchMedia("(prefers-reduced-motion: reduce)").matches };
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

// The page's own buttons for what apexcharts' toolbar did with icons no keyboard reaches.
// Zooms the days shown in (factor < 1) or out (factor > 1) around their middle, never past the data.
export function zoom(element, factor) {
    const chart = element && charts.get(element);
    if (!chart) return;
    const g = chart.w.globals;
    const middle = (g.minX + g.maxX) / 2, half = (g.maxX - g.minX) * factor / 2;
    chart.zoomX(Math.max(g.initialMinX, middle - half), Math.min(g.initialMaxX, middle + half));
}

export function resetZoom(element) {
    const chart = element && charts.get(element);
    if (chart) chart.resetSeries(true, true);
}

export async function downloadPng(element, fileName) {
    const chart = element && charts.get(element);
    if (!chart) return;
    const { imgURI } = await chart.dataURI();
    const link = document.createElement("a");
    link.href = imgURI;
    link.download = `${fileName}.png`;
    link.click();
}

// A no-op for an element without a chart: destroyed already, never rendered, or gone from the page.
export function destroy(element) {
    const chart = element && charts.get(element);
    if (!chart) return;
    charts.delete(element);
    chart.destroy();
}
