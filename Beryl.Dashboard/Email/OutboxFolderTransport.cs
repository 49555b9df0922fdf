using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Store;
using System.Text.RegularExpressions;

namespace Beryl.Dashboard.Email;

/// <summary>
/// The embedded default with no SMTP host: each message becomes an .eml file in <c>$BERYL_DATA_DIR/outbox</c>,
/// ready to open in a mail client or to hand to a pickup-folder relay.
/// </summary>
public sealed partial class OutboxFolderTransport(string folder, ILogger<OutboxFolderTransport> logger) : IReportTransport
{
    public const string FolderName = "outbox";

    public async Task<string> DeliverAsync(OutgoingReport report, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(report));
        // Written aside then moved, so a relay watching the folder never picks up half a message.
        var partial = path + ".partial";
        await report.Message.WriteToAsync(partial, ct);
        File.Move(partial, path, overwrite: true);
        logger.LogInformation("Wrote the report of {Day} for {Recipient} to {Path}", IsoDay.Text(report.Day), report.Recipient, path);
        return $"written to {path}";
    }

    /// <summary><c>daily-report-2026-03-29-admin@example.org.eml</c>, with anything unsafe in a file name replaced.</summary>
    public static string FileName(OutgoingReport report) =>
        $"daily-report-{IsoDay.Text(report.Day)}-{UnsafeInFileName().Replace(ReportDelivery.Normalise(report.Recipient), "_")}.eml";

    [GeneratedRegex("[^a-z0-9@._+-]")]
    private static partial Regex UnsafeInFileName();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
