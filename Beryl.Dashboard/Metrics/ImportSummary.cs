using System.Data.Common;
using System.Globalization;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// What an import of Beryl's own snapshots did: whether Beryl has them at all (<see cref="TableFound"/>), the days
/// imported, the days (or runs) skipped and why, and how many imported days each unknown metric is unknown on.
/// </summary>
public sealed record ImportSummary(bool TableFound, IReadOnlyList<DateOnly> Imported, IReadOnlyList<(DateOnly Day, string Why)> Skipped,
    IReadOnlyDictionary<string, int> Unknown);
