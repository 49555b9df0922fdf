using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Beryl.Dashboard.Jobs;

/// <summary>What the page's current job does: collect today ("Collect now"), or build the history of a Beryl just connected.</summary>
public enum PageJob { CollectToday, BuildHistory }
