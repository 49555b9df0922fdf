using System.Diagnostics;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>Where a running collection is: categories done out of all, and the one just finished.</summary>
public sealed record CollectionProgress(int Done, int Total, string Step)
{
    public double Fraction => Total == 0 ? 0 : (double)Done / Total;
}
