namespace Beryl.Dashboard.Metrics.Store;

/// <summary>The database server could not be reached or went away mid-collection (PostgreSQL).</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : CollectionFailedException(message, inner);
