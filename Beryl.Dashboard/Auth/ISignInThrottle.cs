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

    /// <summary>
    /// How long an attempt on <paramref name="keys"/> would have to wait, counting nothing: zero when none is
    /// limited. For a credential that is checked before it is counted (a bearer token on every scrape): the right one
    /// is still refused while the limit holds, so a guess that hits cannot be told apart from one that misses.
    /// </summary>
    Task<TimeSpan> RetryAfterAsync(IReadOnlyList<string> keys, CancellationToken ct = default);

    /// <summary>The attempt of <paramref name="ticket"/> succeeded: it no longer counts as a failure.</summary>
    void Forgive(SignInTicket ticket);
}
