using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// What a metric's history expects of it: either its usual change over the period, added to the value the change
/// starts from (a total that grows), or its usual level (a count of the last 24 hours, which hovers).
/// </summary>
public enum UsualBasis { Change, Level }
