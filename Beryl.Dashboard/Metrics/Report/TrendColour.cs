namespace Beryl.Dashboard.Metrics.Report;

/// <summary>The colour of a change: by polarity, so a rise in failures is bad even though it goes up.</summary>
public enum TrendColour { Neutral, Good, Bad }
