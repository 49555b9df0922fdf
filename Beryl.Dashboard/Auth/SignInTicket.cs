namespace Beryl.Dashboard.Auth;

/// <summary>An attempt counted by <see cref="ISignInThrottle.TryStart"/>, to forgive if it succeeds.</summary>
public sealed record SignInTicket(IReadOnlyList<string> Keys, DateTimeOffset At);
