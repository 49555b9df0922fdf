using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>Records progress reports as they happen (unlike Progress&lt;T&gt;, which posts them later).</summary>
public sealed class RecordingProgress : IProgress<CollectionProgress>
{
    public List<string> Steps { get; } = [];

    public void Report(CollectionProgress value) => Steps.Add(value.Step);
}
