namespace Beryl.Dashboard.Auth;

/// <summary>
/// Bounds the password hashing that sign-ins cost. Django's hash is a quarter of a second of a core by design, so
/// a flood of sign-ins, even ones the throttle allows (many addresses, or an ordinary account's right password),
/// would queue the admin's own sign-in behind all of them. The account is looked up first (cheap), and the check
/// then takes a slot in one of two lanes: a Beryl admin's in the admins' lane (one slot per core), any other email
/// (unknown, an ordinary account) in the others' lane, one slot, so the others never hold more than one core. A check
/// that finds no slot within its lane's wait is answered "busy" (503) without hashing, so no queue grows without end.
/// </summary>
public sealed class HashCheckGate
{
    /// <summary>How long an admin's check may wait for a slot: admins are few, their checks are seldom queued.</summary>
    public static readonly TimeSpan AdminWait = TimeSpan.FromSeconds(10);

    /// <summary>How long any other check may wait: a few hashes' time.</summary>
    public static readonly TimeSpan OtherWait = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim admins = new(Math.Max(1, Environment.ProcessorCount));
    private readonly SemaphoreSlim others = new(1);

    /// <summary>A slot in the lane of the account (<paramref name="admin"/> or not), released by disposing it; null when busy.</summary>
    public async Task<IDisposable?> EnterAsync(bool admin, CancellationToken ct)
    {
        var (lane, wait) = admin ? (admins, AdminWait) : (others, OtherWait);
        return await lane.WaitAsync(wait, ct) ? new Slot(lane) : null;
    }

    private sealed class Slot(SemaphoreSlim lane) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                lane.Release();
        }
    }
}
