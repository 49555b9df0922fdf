namespace Beryl.Dashboard.Demo;

/// <summary>
/// How the alert evaluation runs: the demo world at <see cref="Growth"/> times its base rates (about 20 sign-ups and
/// 225 new items a day: a Beryl big enough for one day's incident to be told from chance) over <see cref="Days"/>
/// simulated days from <see cref="FirstDay"/>, collected at each midnight; from the day the reports have their whole
/// history, every day is judged. The incidents start a fortnight apart, each on a weekday other than the newsletter's.
/// </summary>
public sealed record AlertEvaluationPlan(int Days, int Seed, IReadOnlyList<Incident> Incidents)
{
    public const double Growth = 5;

    /// <summary>Quiet days before the first collected one, so that day one already has a community.</summary>
    public const int PrehistoryDays = 30;

    /// <summary>A Monday: the plan's days, and so its output, do not depend on when it runs.</summary>
    public static readonly DateOnly FirstDay = new(2026, 1, 5);

    public static AlertEvaluationPlan Default(int days = 200, int seed = 42) => new(days, seed,
    [
        new("sign-ups stop for a day", 100, 1, new DayConditions { SignUps = 0 }, ["users_new_24h"]),
        new("failed emails five times the usual", 115, 1, new DayConditions { MailFailures = 5 }, ["emails_failed_24h"]),
        new("a third of active users gone", 130, 1, new DayConditions { SignIns = 2.0 / 3 }, ["users_active_24h"]),
        new("storage +20 % in a day", 145, 1, new DayConditions { StorageBurst = 0.2 }, ["storage_bytes_total"]),
        new("moderation flags four times the usual", 160, 1, new DayConditions { ModerationFlags = 4 }, ["moderation_flagged"]),
        new("items created halved for a week", 175, 7, new DayConditions { Items = 0.5 }, ["items_created_24h"]),
    ]);

    public DayConditions ConditionsOf(int day) => IncidentOn(day)?.Conditions ?? DayConditions.Ordinary;

    public Incident? IncidentOn(int day) => Incidents.FirstOrDefault(i => i.Covers(day));
}
