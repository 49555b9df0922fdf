namespace Beryl.Dashboard.Metrics;

/// <summary>
/// One metric, declared once in <see cref="MetricCatalog"/>. Every view (page, email, CLI, Prometheus,
/// Grafana, docs) is generated from these declarations.
/// </summary>
/// <param name="Dimension">For a distribution: the name of its label (Prometheus label, chart series, sub-row).</param>
/// <param name="FixedLabels">For a distribution over a fixed set (statuses): every label, so zeros are kept.</param>
/// <param name="ExactForPastDates">False when the metric reads a current state Beryl keeps no history of.</param>
/// <param name="Alerts">False for metrics whose swings are noise (the collection's own duration).</param>
/// <param name="Window">For a windowed count (users_new_24h...): its window.</param>
/// <param name="Family">For a windowed count: the family its windows share.</param>
public sealed record MetricDefinition(
    string Key,
    MetricCategory Category,
    string Label,
    string Description,
    MetricUnit Unit,
    Polarity Polarity,
    string PrometheusName,
    bool ExactForPastDates,
    string? Dimension = null,
    IReadOnlyList<string>? FixedLabels = null,
    bool Alerts = true,
    MetricWindow? Window = null,
    MetricFamily? Family = null)
{
    public bool IsDistribution => Dimension is not null;

    /// <summary>
    /// A label as people read it: a fixed one is one of Beryl's choice keys ("previously_owned": "Previously owned");
    /// any other is Beryl's own text (an item type, a content type) and stays as it is.
    /// </summary>
    public string LabelTitle(string label) =>
        FixedLabels is null || label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..].Replace('_', ' ');

    /// <summary>A distribution's labels in words, plural, for people: "statuses", "content types".</summary>
    public string? DimensionPlural => Dimension?.Replace('_', ' ') switch
    {
        null => null,
        var words when words.EndsWith('s') => words + "es",
        var words when words.EndsWith('y') => words[..^1] + "ies",
        var words => words + "s",
    };
}
