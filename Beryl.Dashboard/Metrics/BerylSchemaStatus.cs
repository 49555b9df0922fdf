using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// Whether Beryl's database has what the dashboard reads, for the web app: printed once at start and shown on the
/// metrics page, so an admin who pointed the dashboard at the wrong database learns it before the night's
/// collection fails. Asked again at most once a minute (the page asks on every visit).
/// </summary>
public sealed class BerylSchemaStatus(IDbContextFactory<BerylDbContext> beryl, BerylReleases releases, TimeProvider clock)
{
    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromMinutes(1);
    private (DateTimeOffset At, string? Problem, string? Notice)? last;

    /// <summary>One line saying what is missing or why Beryl's database cannot be asked; null when all is there.</summary>
    public async Task<string?> ProblemAsync(CancellationToken ct = default) => (await AskAsync(ct)).Problem;

    /// <summary>
    /// One line about what Beryl lacks that only costs the views a help (its <c>django_migrations</c>, for the
    /// "Beryl updated" days); null when it has it, or when Beryl cannot be asked at all.
    /// </summary>
    public async Task<string?> NoticeAsync(CancellationToken ct = default) => (await AskAsync(ct)).Notice;

    private async Task<(DateTimeOffset At, string? Problem, string? Notice)> AskAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (last is { } known && now - known.At < AskAgainAfter)
            return known;
        string? problem, notice = null;
        try
        {
            await using var db = await beryl.CreateDbContextAsync(ct);
            problem = await BerylSchema.FirstMissingAsync(db, ct) is { } missing ? BerylSchema.Problem(missing) + "." : null;
            notice = await releases.MissingAsync(ct);
        }
        catch (Exception e) when (DatabaseFailures.Unreachable(e) is { } reason)
        {
            problem = $"Beryl's database is unreachable ({reason}).";
        }
        last = (now, problem, notice);
        return last.Value;
    }
}
