using Beryl.Dashboard.Formats;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Store;

/// <summary>The admins' notes on days (<see cref="DayNote"/>): written, read for a report or a chart, an explanation taken back.</summary>
public sealed class NoteStore(IDbContextFactory<DashboardDbContext> contexts, BusinessCalendar calendar, TimeProvider clock)
{
    /// <summary>
    /// Writes a note on <paramref name="day"/> by <paramref name="author"/>, explaining the alert of
    /// <paramref name="metricKey"/> (and <paramref name="metricLabel"/>) when given; or one line saying why not, and
    /// nothing is written.
    /// </summary>
    public async Task<(DayNote? Note, string? Error)> AddAsync(DateOnly day, string? text, string author, string? metricKey = null,
        string metricLabel = "", CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var written = text?.Trim() ?? "";
        if (written.Length == 0)
            return (null, "A note needs some text.");
        if (written.Length > DayNote.MaxLength)
            return (null, $"A note holds at most {DayNote.MaxLength} characters; this one has {written.Length}.");
        if (day > calendar.DayOf(now))
            return (null, $"{IsoDay.Text(day)} is still to come in {calendar.Zone.Id}: notes are about days that came.");
        if (metricKey is not null && !MetricCatalog.TryGet(metricKey, out _))
            return (null, $"'{metricKey}' is not a metric.");
        var note = new DayNote
        {
            Day = day, Text = written, Author = author, WrittenAt = now.UtcDateTime, MetricKey = metricKey,
            MetricLabel = metricKey is null ? null : metricLabel,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Notes.Add(note);
        await db.SaveChangesAsync(ct);
        await db.RaiseRevisionAsync(ct);
        await tx.CommitAsync(ct);
        return (note, null);
    }

    /// <summary>The notes on the days from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    public async Task<List<DayNote>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notes.AsNoTracking().Where(n => n.Day >= from && n.Day <= to)
            .OrderBy(n => n.Day).ThenBy(n => n.Id).ToListAsync(ct);
    }

    /// <summary>
    /// In one query, what a report needs: every note on <paramref name="day"/>, and the explanations of the alerts of
    /// <paramref name="keys"/> from <paramref name="from"/> to that day (the history its alerts are judged on).
    /// </summary>
    public async Task<List<DayNote>> ForReportAsync(DateOnly day, IReadOnlyCollection<string> keys, DateOnly from, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notes.AsNoTracking()
            .Where(n => n.Day == day || (n.MetricKey != null && keys.Contains(n.MetricKey) && n.Day >= from && n.Day <= day))
            .OrderBy(n => n.Day).ThenBy(n => n.Id).ToListAsync(ct);
    }

    /// <summary>Takes an explanation back (its alert is judged again); false when there is no such explanation.</summary>
    public async Task<bool> TakeBackAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Notes.Where(n => n.Id == id && n.MetricKey != null).ExecuteDeleteAsync(ct) == 0)
            return false;
        await db.RaiseRevisionAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
