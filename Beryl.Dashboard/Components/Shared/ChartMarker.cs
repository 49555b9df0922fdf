namespace Beryl.Dashboard.Components.Shared;

/// <summary>A day marked on a chart's time axis with a line and a label ("Beryl updated"), and in its table.</summary>
public sealed record ChartMarker(DateOnly Day, string Label);
