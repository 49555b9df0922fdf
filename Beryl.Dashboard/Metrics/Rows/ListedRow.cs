namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>
/// One row behind a count, as a person recognises it: its name (a user's username, an e-mail's subject, a file's
/// name), its owner's e-mail (an e-mail's recipients), when it was created (UTC), and what the count is about: a
/// status, a size, a last sign-in, a failed e-mail's last error. Built in the query (an initializer, so that the database orders and pages it).
/// </summary>
public sealed record ListedRow
{
    public RowTable Table { get; init; }
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? Owner { get; init; }
    public DateTime Created { get; init; }
    public string? Status { get; init; }
    public long? Size { get; init; }
    public DateTime? LastSignIn { get; init; }
    public string? LastError { get; init; }
}
