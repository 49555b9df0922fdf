namespace Beryl.Dashboard.Components.Shared;

/// <summary>A horizontal band from <see cref="Low"/> to <see cref="High"/> on the value axis, with our own label (no Beryl data).</summary>
public sealed record ChartBand(double Low, double High, string Label);
