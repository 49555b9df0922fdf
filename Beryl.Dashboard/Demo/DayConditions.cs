namespace Beryl.Dashboard.Demo;

/// <summary>
/// What is out of the ordinary on a simulated day: the incidents the alert evaluation injects. Each factor scales
/// what the demo world does that day; <see cref="Ordinary"/> (all ones, no burst) is every other day.
/// </summary>
public sealed record DayConditions
{
    public static readonly DayConditions Ordinary = new();

    /// <summary>New accounts (0: sign-ups stop).</summary>
    public double SignUps { get; init; } = 1;

    /// <summary>How likely each user is to sign in (2/3: a third of active users gone).</summary>
    public double SignIns { get; init; } = 1;

    /// <summary>Items created (0.5: halved).</summary>
    public double Items { get; init; } = 1;

    /// <summary>The share of outbound mail that fails.</summary>
    public double MailFailures { get; init; } = 1;

    /// <summary>The share of uploads moderation flags.</summary>
    public double ModerationFlags { get; init; } = 1;

    /// <summary>Extra uploads that day, as a share of the storage in use (0.2: storage +20 %).</summary>
    public double StorageBurst { get; init; }
}
