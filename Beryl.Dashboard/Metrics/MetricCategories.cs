namespace Beryl.Dashboard.Metrics;

public static class MetricCategories
{
    public static string Title(this MetricCategory category) => category switch
    {
        MetricCategory.CollectionRun => "Collection run",
        _ => category.ToString(),
    };
}
