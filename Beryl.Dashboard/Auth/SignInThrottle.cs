namespace Beryl.Dashboard.Auth;

/// <summary>
/// The throttle of one instance, in memory: a restart forgets the counts, which is acceptable for one instance.
/// Several instances on PostgreSQL share <see cref="PostgresSignInThrottle"/> instead.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock) : ISignInThrottle
{
    public const int AllowedFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>How long a key with these failures inside the window (oldest first) must wait; zero when it may try.</summary>
    public static TimeSpan RetryAfter(IReadOnlyList<DateTimeOffset> recent, DateTimeOffset now) =>
        recent.Count >= AllowedFailures ? recent[^AllowedFailures] + Window - now : TimeSpan.Zero;

    /// <summary>Above this many keys, stale ones are swept so a spray of addresses or emails cannot grow memory without end.</summary>
    private const int SweepAbove = 1024;

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    public SignInTicket? TryStart(IReadOnlyList<string> keys, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (failures.Count > SweepAbove)
                Sweep(now);
            retryAfter = TimeSpan.Zero;
            foreach (var key in keys)
                if (Recent(key, now) is { } recent)
                    retryAfter = Max(retryAfter, RetryAfter(recent, now));
            if (retryAfter > TimeSpan.Zero)
                return null;
            foreach (var key in keys)
            {
                if (!failures.TryGetValue(key, out var list))
                    failures[key] = list = [];
                list.Add(now);
            }
            return new SignInTicket(keys, now);
        }
    }

    public Task<TimeSpan> RetryAfterAsync(IReadOnlyList<string> keys, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var retryAfter = TimeSpan.Zero;
        lock (gate)
            foreach (var key in keys)
                if (Recent(key, now) is { } recent)
                    retryAfter = Max(retryAfter, RetryAfter(recent, now));
        return Task.FromResult(retryAfter);
    }

    public void Forgive(SignInTicket ticket)
    {
        lock (gate)
            foreach (var key in ticket.Keys)
                if (failures.TryGetValue(key, out var list))
                    list.Remove(ticket.At);
    }

    /// <summary>The failures of <paramref name="key"/> still inside the window, oldest first; drops older ones.</summary>
    private List<DateTimeOffset>? Recent(string key, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var list))
            return null;
        list.RemoveAll(at => at <= now - Window);
        return list;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in failures.Keys.ToList())
            if (Recent(key, now) is { Count: 0 })
                failures.Remove(key);
    }

    internal static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>A Retry-After header's value: whole seconds, rounded up.</summary>
    public static string RetryAfterHeader(TimeSpan retryAfter) =>
        Math.Ceiling(retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
