namespace Beryl.Dashboard.Auth;

/// <summary>
/// Counts failed sign-ins per key (a client, an account) in a sliding window: once a key has
/// <see cref="SignInThrottle.AllowedFailures"/> failures within <see cref="SignInThrottle.Window"/>, further
/// attempts on it are refused until the oldest of them leaves the window. Refused attempts are not counted, so
/// the lock lifts a minute after the last real guess.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>
    /// Starts an attempt on <paramref name="keys"/>: when none is limited, the attempt is counted as a failure
    /// right away (so parallel guesses cannot all slip in under the limit) and a ticket is returned, which
    /// <see cref="Forgive"/> takes back when the password was right. Null when a key is limited;
    /// <paramref name="retryAfter"/> then says when the attempt could be made again.
    /// </summary>
    SignInTicket? TryStart(IReadOnlyList<string> keys, out TimeSpan retryAfter);

    /// <summary>The attempt of <paramref name="ticket"/> succeeded: it no longer counts as a failure.</summary>
    void Forgive(SignInTicket ticket);
}

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

/// <summary>An attempt counted by <see cref="ISignInThrottle.TryStart"/>, to forgive if it succeeds.</summary>
public sealed record SignInTicket(IReadOnlyList<string> Keys, DateTimeOffset At);
