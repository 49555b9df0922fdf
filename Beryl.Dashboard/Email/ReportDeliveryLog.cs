using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Email;

/// <summary>Which recipients already have the report of a day.</summary>
public sealed class ReportDeliveryLog(IDbContextFactory<DashboardDbContext> contexts, TimeProvider clock)
{
    /// <summary>The deliveries of <paramref name="day"/>, by normalised recipient.</summary>
    public async Task<Dictionary<string, ReportDelivery>> OfDayAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ReportDeliveries.AsNoTracking().Where(d => d.Day == day).ToDictionaryAsync(d => d.Recipient, ct);
    }

    /// <summary>Records one accepted message at once, so a failure further down the list cannot lose it.</summary>
    public async Task<ReportDelivery> RecordAsync(DateOnly day, string recipient, string messageId, CancellationToken ct = default)
    {
        var delivery = new ReportDelivery
        {
            Day = day,
            Recipient = ReportDelivery.Normalise(recipient),
            DeliveredAt = clock.GetUtcNow().UtcDateTime,
            MessageId = messageId,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ReportDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        return delivery;
    }
}
