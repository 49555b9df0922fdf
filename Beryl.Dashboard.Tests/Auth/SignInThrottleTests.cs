using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>The in-memory throttle of one instance.</summary>
public sealed class SignInThrottleTests : SignInThrottleContract
{
    protected override Task<ISignInThrottle> CreateAsync(FakeTimeProvider clock) =>
        Task.FromResult<ISignInThrottle>(new SignInThrottle(clock));
}

/// <summary>The throttle every instance shares on PostgreSQL, on a migrated database of the throwaway server.</summary>
public sealed class PostgresSignInThrottleTests : SignInThrottleContract
{
    private TestServices services = null!;

    protected override async Task<ISignInThrottle> CreateAsync(FakeTimeProvider clock)
    {
        var connectionString = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        services = await TestServices.CreateAsync(clock.GetUtcNow(), TestDatabase.PostgresSettings(connectionString));
        return new PostgresSignInThrottle(connectionString, clock);
    }

    public override async Task DisposeAsync() => await services.DisposeAsync();
}

/// <summary>The rule both throttles keep: five failures a minute per key, the window sliding, success forgiven.</summary>
public abstract class SignInThrottleContract : IAsyncLifetime
{
    private static readonly string[] Keys = ["client:203.0.113.7", "account:root@beryl.test"];

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private ISignInThrottle throttle = null!;

    protected abstract Task<ISignInThrottle> CreateAsync(FakeTimeProvider clock);

    public async Task InitializeAsync() => throttle = await CreateAsync(clock);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Five_failures_are_allowed_and_the_sixth_attempt_is_refused()
    {
        for (var n = 1; n <= 5; n++)
            Assert.NotNull(throttle.TryStart(Keys, out _));

        Assert.Null(throttle.TryStart(Keys, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
    }

    [Fact]
    public async Task Asking_how_long_to_wait_counts_nothing_and_sees_the_limit()
    {
        for (var n = 1; n <= 4; n++)
            Assert.NotNull(throttle.TryStart(Keys, out _));
        for (var n = 1; n <= 10; n++)
            Assert.Equal(TimeSpan.Zero, await throttle.RetryAfterAsync(Keys));

        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.NotNull(throttle.TryStart(Keys, out _)); // the fifth: the ten questions were not counted

        Assert.Equal(TimeSpan.FromSeconds(45), await throttle.RetryAfterAsync(Keys));
        Assert.Equal(TimeSpan.FromSeconds(45), await throttle.RetryAfterAsync(["client:198.51.100.20", Keys[1]]));
        Assert.Equal(TimeSpan.Zero, await throttle.RetryAfterAsync(["client:198.51.100.20"]));
        clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(TimeSpan.Zero, await throttle.RetryAfterAsync(Keys));
    }

    [Fact]
    public void The_window_slides_one_failure_at_a_time()
    {
        // Failures at 0 s, 10 s, 20 s, 30 s, 40 s.
        for (var n = 1; n <= 5; n++)
        {
            Assert.NotNull(throttle.TryStart(Keys, out _));
            clock.Advance(TimeSpan.FromSeconds(10));
        }
        clock.Advance(TimeSpan.FromSeconds(5)); // 55 s

        Assert.Null(throttle.TryStart(Keys, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(5), retryAfter);

        clock.Advance(TimeSpan.FromSeconds(5)); // 60 s: the failure at 0 s has left the window
        Assert.NotNull(throttle.TryStart(Keys, out _));
        Assert.Null(throttle.TryStart(Keys, out retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(10), retryAfter); // until the failure at 10 s leaves
    }

    [Fact]
    public void Refused_attempts_do_not_extend_the_lock()
    {
        for (var n = 1; n <= 5; n++)
            throttle.TryStart(Keys, out _);
        for (var n = 1; n <= 20; n++)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            Assert.Null(throttle.TryStart(Keys, out _));
        }

        clock.Advance(TimeSpan.FromSeconds(20)); // 60 s after the five failures

        Assert.NotNull(throttle.TryStart(Keys, out _));
    }

    [Fact]
    public void A_forgiven_attempt_does_not_count()
    {
        for (var n = 1; n <= 10; n++)
            throttle.Forgive(throttle.TryStart(Keys, out _)!);

        for (var n = 1; n <= 5; n++)
            Assert.NotNull(throttle.TryStart(Keys, out _));
        Assert.Null(throttle.TryStart(Keys, out _));
    }

    [Fact]
    public void One_limited_key_is_enough_to_refuse_and_other_keys_are_untouched()
    {
        for (var n = 1; n <= 5; n++)
            throttle.TryStart(["client:203.0.113.7", $"account:guess{n}@beryl.test"], out _);

        Assert.Null(throttle.TryStart(["client:203.0.113.7", "account:root@beryl.test"], out _));
        Assert.NotNull(throttle.TryStart(["client:198.51.100.20", "account:root@beryl.test"], out _));
    }

    [Fact]
    public void Many_stale_keys_are_swept_without_losing_live_counts()
    {
        for (var n = 1; n <= 5; n++)
            throttle.TryStart(Keys, out _);
        for (var n = 0; n < 2000; n++)
            throttle.TryStart([$"client:10.0.{n / 256}.{n % 256}"], out _);
        clock.Advance(TimeSpan.FromSeconds(30));

        // The sweep runs on this call; the five failures of Keys are 30 s old and still count.
        Assert.Null(throttle.TryStart(Keys, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(30), retryAfter);
    }
}
