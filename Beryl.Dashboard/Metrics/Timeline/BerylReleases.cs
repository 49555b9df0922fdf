using System.Data.Common;
using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beryl.Dashboard.Metrics.Timeline;

/// <summary>
/// Beryl's releases: the days its <c>django_migrations</c> rows were applied. Read as Beryl keeps them (Django's own
/// table, not in the model of what the collector needs), so a Beryl without the table shows no releases and
/// <see cref="MissingTable"/> says why, and a Beryl that cannot be reached costs the views their markers only.
/// </summary>
public sealed class BerylReleases(IDbContextFactory<BerylDbContext> beryl, BusinessCalendar calendar, ILogger<BerylReleases> log)
{
    public const string Table = "django_migrations";

    /// <summary>The one line a Beryl without the table gets in the schema status.</summary>
    public const string MissingTable = $"Beryl's database has no table \"{Table}\": the charts and reports show no \"{BerylRelease.Title}\" days.";

    /// <summary>The releases on the days from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    public async Task<IReadOnlyList<BerylRelease>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        try
        {
            await using var db = await beryl.CreateDbContextAsync(ct);
            if (!await BerylSchema.HasTableAsync(db, Table, ct))
                return [];
            await using var read = await BerylReadTransaction.BeginAsync(db, ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = read.GetDbTransaction();
            command.CommandText = $"SELECT app, name, applied FROM {Table} WHERE applied >= @from AND applied < @to ORDER BY applied, id";
            Add(command, "from", calendar.StartOf(from));
            Add(command, "to", calendar.StartOf(to.AddDays(1)));
            var applied = new List<(DateOnly Day, string Migration)>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                applied.Add((calendar.DayOf(DjangoTime.Utc(reader.GetDateTime(2))), $"{reader.GetString(0)}.{reader.GetString(1)}"));
            return applied.GroupBy(a => a.Day).Select(g => new BerylRelease(g.Key, g.Select(a => a.Migration).ToList())).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Markers are a help to reading, never a reason for a page or a report to fail.
            log.LogWarning(e, "Could not read Beryl's releases from {Table}.", Table);
            return [];
        }
    }

    /// <summary><see cref="MissingTable"/> when Beryl has no such table; null when it has.</summary>
    public async Task<string?> MissingAsync(CancellationToken ct = default)
    {
        await using var db = await beryl.CreateDbContextAsync(ct);
        return await BerylSchema.HasTableAsync(db, Table, ct) ? null : MissingTable;
    }

    private static void Add(DbCommand command, string name, DateTime utc)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = utc;
        command.Parameters.Add(parameter);
    }
}
