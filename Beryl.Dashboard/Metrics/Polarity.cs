namespace Beryl.Dashboard.Metrics;

/// <summary>Whether an increase is good news, bad news, or neither.</summary>
public enum Polarity { UpIsGood, UpIsBad, Neutral }
