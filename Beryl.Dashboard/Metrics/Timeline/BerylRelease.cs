namespace Beryl.Dashboard.Metrics.Timeline;

/// <summary>A day Beryl was updated: the migrations applied that day (business time zone), as "app.name", in order.</summary>
public sealed record BerylRelease(DateOnly Day, IReadOnlyList<string> Migrations)
{
    public const string Title = "Beryl updated";

    /// <summary>"Beryl updated: web.0037_a, web.0038_b".</summary>
    public string Text => $"{Title}: {string.Join(", ", Migrations)}";
}
