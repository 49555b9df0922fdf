using Beryl.Dashboard.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace Beryl.Dashboard.Jobs;

/// <summary>What <c>POST /sys/metrics/collect-now</c> answers: the id of the Hangfire job collecting today.</summary>
public sealed record CollectNowAccepted(string JobId);
