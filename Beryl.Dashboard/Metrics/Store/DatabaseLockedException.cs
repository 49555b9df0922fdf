namespace Beryl.Dashboard.Metrics.Store;

/// <summary>Another connection kept the dashboard database's write lock past the busy timeout (SQLite).</summary>
public sealed class DatabaseLockedException(string message, Exception inner) : CollectionFailedException(message, inner);
