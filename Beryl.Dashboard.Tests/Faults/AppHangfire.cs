using Hangfire.AspNetCore;
using Hangfire.Logging;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>The Hangfire storage of an app running as a child process, opened from the test process.</summary>
public static class AppHangfire
{
    /// <summary>
    /// Opens the app's hangfire.db with Hangfire's own SQLite storage (a JobStorage of the test's, never
    /// JobStorage.Current). Hangfire's log provider is process-wide and still points at the logger factory of the
    /// last in-process app, disposed with it, which the storage would use: it gets one that logs nothing (the next
    /// in-process app sets its own again).
    /// </summary>
    public static SQLiteStorage Open(string hangfireDbPath)
    {
        LogProvider.SetCurrentLogProvider(new AspNetCoreLogProvider(NullLoggerFactory.Instance));
        return new SQLiteStorage(hangfireDbPath, new SQLiteStorageOptions());
    }
}
