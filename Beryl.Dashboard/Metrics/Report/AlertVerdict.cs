using System.Globalization;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>Whether a change with a severity is an alert, and why in words; <see cref="Usual"/> when the history gave a range.</summary>
public sealed record AlertVerdict(bool IsAlert, string Reason, UsualRange? Usual);
