namespace Beryl.Dashboard.Metrics;

/// <summary>A day that cannot be collected (in the future, or before Beryl had any data).</summary>
public sealed class InvalidCollectionDateException(string message) : Exception(message);
