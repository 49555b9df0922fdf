using System.Text.RegularExpressions;
using Beryl.Dashboard.Cli;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>docs/METRICS.md: the hand-written sections, the generated reference, and the renamed names of the original plan.</summary>
public sealed class MetricsDocTests
{
    private static readonly string Doc = Repository.Read(MetricsReference.DefaultPath);

    [Fact]
    public void The_reference_in_METRICS_md_is_what_export_docs_generates()
    {
        var committed = MetricsReference.Section.Extract(Doc);
        var generated = MetricsReference.Render();

        Assert.True(committed == generated,
            $"The metric reference in {MetricsReference.DefaultPath} is out of date ({Repository.FirstDifference(generated, committed)}). " +
            "Run `make export-docs` and commit the file.");
    }

    [Fact]
    public void Every_catalog_metric_has_a_reference_row_with_its_key_and_prometheus_name()
    {
        var reference = MetricsReference.Section.Extract(Doc);

        var missing = MetricCatalog.All
            .Where(m => !reference.Contains($"| `{m.Key}` | `{m.PrometheusName}", StringComparison.Ordinal))
            .Select(m => m.Key).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void A_reference_row_gives_unit_polarity_thresholds_and_exactness()
    {
        var reference = MetricsReference.Section.Extract(Doc).Split('\n');

        Assert.Contains("| `storage_bytes_total` | `beryl_storage_bytes` | Sum of the sizes of live media files. | bytes | neutral | warning ±10 %, critical ±25 % | no: unknown (N/A) for past dates |", reference);
        Assert.Contains("| `users_total` | `beryl_users` | Users who joined before the cut-off. | count | good | warning ±10 %, critical ±25 % | yes |", reference);
        Assert.Contains("| `collection_duration_seconds` | `beryl_collection_duration_seconds` | How long the collection took (millisecond precision). | seconds | bad | none | yes |", reference);
        Assert.Contains("| `emails_failed` | `beryl_emails_failed` | Outbound messages that failed. | count | bad | warning ±10 %, critical ±25 % | no: unknown (N/A) for past dates |", reference);
        Assert.Contains(reference, l => l.StartsWith("| `items_by_status` | `beryl_items_by_status{status=\"…\"}` | Live items per status. `status`: `in_collection`, `wanted`, `reserved`, `ordered`, `lent_out`, `previously_owned`.", StringComparison.Ordinal));
        Assert.Contains(reference, l => l.StartsWith("| `items_with_images_pct` | `beryl_items_with_images_ratio` |", StringComparison.Ordinal) && l.Contains("| percent (0..1 ratio in Prometheus) | good |"));
    }

    [Theory]
    [InlineData("## Overview")]
    [InlineData("## Metrics collected")]
    [InlineData("## Running manually")]
    [InlineData("## Email reports")]
    [InlineData("## Dashboard")]
    [InlineData("## Prometheus and Grafana")]
    [InlineData("## Troubleshooting")]
    [InlineData("### No metrics collected")]
    [InlineData("### Email not sent")]
    [InlineData("### Missing data in the dashboard")]
    [InlineData("### Empty Prometheus endpoint")]
    [InlineData("## Maintenance")]
    [InlineData("### Daily")]
    [InlineData("### Weekly")]
    [InlineData("### Monthly")]
    [InlineData("### Yearly")]
    [InlineData("## Metrics reference")]
    [InlineData("## Prometheus names of the original plan")]
    public void METRICS_md_has_the_sections_of_the_plan(string heading)
    {
        Assert.Contains(heading, Doc.Split('\n'));
    }

    [Theory]
    [InlineData("make collect-metrics")]
    [InlineData("make collect-metrics-email")]
    [InlineData("make view-metrics")]
    [InlineData("make export-grafana")]
    [InlineData("collect-daily-metrics [--date YYYY-MM-DD] [--send-email] [--verbose]")]
    [InlineData("/api/dashboards/db")]
    [InlineData("\\\"overwrite\\\": true")]
    [InlineData("METRICS_PROMETHEUS_TOKEN")]
    [InlineData("credentials_file:")]
    public void METRICS_md_documents_the_commands_and_the_integrations(string text)
    {
        Assert.Contains(text, Doc);
    }

    /// <summary>Every name the original plan's Prometheus view exported (hand-copied from that plan).</summary>
    public static readonly TheoryData<string> OriginalNames = new(
        "beryl_users_total", "beryl_users_active_24h", "beryl_users_active_7d", "beryl_users_active_30d",
        "beryl_users_new_24h", "beryl_collections_total", "beryl_collections_private", "beryl_collections_public",
        "beryl_collections_unlisted", "beryl_items_total", "beryl_items_in_collection", "beryl_items_wanted",
        "beryl_items_reserved", "beryl_storage_files_total", "beryl_storage_bytes_total", "beryl_storage_uploads_24h",
        "beryl_storage_orphaned_files", "beryl_moderation_flagged", "beryl_moderation_pending",
        "beryl_moderation_violations", "beryl_moderation_banned_users", "beryl_engagement_favorites",
        "beryl_engagement_items_with_images_pct", "beryl_engagement_avg_attributes_per_item",
        "beryl_metrics_collection_duration_seconds");

    [Theory]
    [MemberData(nameof(OriginalNames))]
    public void Each_name_of_the_original_plan_maps_to_an_exported_series_with_a_reason(string original)
    {
        var row = Assert.Single(Doc.Split('\n'), l => l.StartsWith($"| `{original}` |", StringComparison.Ordinal));
        var cells = row.Split(" | ");
        var now = Regex.Match(cells[1], "^`(?<name>[a-z0-9_]+)(\\{(?<label>[a-z_]+)=\"(?<value>[^\"]+)\"\\})?`$");

        Assert.True(now.Success, $"'{cells[1]}' is not a name with an optional label");
        var metric = Assert.Single(MetricCatalog.All, m => m.PrometheusName == now.Groups["name"].Value);
        if (now.Groups["label"].Success)
        {
            Assert.Equal(metric.Dimension, now.Groups["label"].Value);
            Assert.Contains(now.Groups["value"].Value, metric.FixedLabels ?? []);
        }
        Assert.True(cells[2].TrimEnd('|', ' ').Length > 5, "a reason is given");
    }

    [Fact]
    public async Task Export_docs_rewrites_only_the_text_between_the_markers()
    {
        var folder = Directory.CreateTempSubdirectory("beryl-docs-");
        try
        {
            var path = Path.Combine(folder.FullName, "METRICS.md");
            await File.WriteAllTextAsync(path, "# Intro\n\n<!-- metrics-reference:start -->\nold table\n<!-- metrics-reference:end -->\n\n## After\n");
            var command = new ExportDocsCommand();

            var exit = await command.RunAsync(new CliArguments(command.Name, ["--output", path], command.Options),
                new ServiceCollection().BuildServiceProvider(), CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Equal($"# Intro\n\n<!-- metrics-reference:start -->\n{MetricsReference.Render()}<!-- metrics-reference:end -->\n\n## After\n",
                await File.ReadAllTextAsync(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Export_docs_refuses_a_file_without_the_markers()
    {
        var folder = Directory.CreateTempSubdirectory("beryl-docs-");
        try
        {
            var path = Path.Combine(folder.FullName, "METRICS.md");
            await File.WriteAllTextAsync(path, "# No markers here\n");
            var command = new ExportDocsCommand();

            var error = await Assert.ThrowsAsync<CliException>(() => command.RunAsync(
                new CliArguments(command.Name, ["--output", path], command.Options), new ServiceCollection().BuildServiceProvider(), CancellationToken.None));

            Assert.Contains("<!-- metrics-reference:start -->", error.Message);
            Assert.Equal("# No markers here\n", await File.ReadAllTextAsync(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_command_is_registered()
    {
        Assert.Contains(CliApp.Commands, c => c is ExportDocsCommand && c.Name == "export-docs");
    }
}
