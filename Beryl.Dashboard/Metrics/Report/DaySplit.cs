using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// Today's provisional 24-hour count of events split at the day's start: the part of its window before it, and the
/// share of a usual day's events that come by the cut-off's time of day.
/// </summary>
public readonly record struct DaySplit(double BeforeDayStart, double UsualShare);
