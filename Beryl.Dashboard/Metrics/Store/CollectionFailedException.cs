namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// A collection stopped by its database, not by its data: nothing was saved and the day's previous snapshot is
/// unchanged, so running it again later can succeed (Hangfire retries it). The message is one line, cause first:
/// Hangfire shows only the first 50 characters in the reason of a scheduled retry.
/// </summary>
public abstract class CollectionFailedException(string message, Exception? inner) : Exception(message, inner);
