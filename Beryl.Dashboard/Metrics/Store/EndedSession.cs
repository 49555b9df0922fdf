namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// A dashboard session that was signed out. Its cookie stays valid as a cookie until it expires, so the server
/// keeps this row to refuse it (on every instance, since it lives in the dashboard database) until no cookie of
/// that session could be accepted anyway (the sign-in cookie's maximum age).
/// </summary>
public class EndedSession
{
    /// <summary>The session's random id, as its cookie carries it.</summary>
    public string Id { get; set; } = "";
    public DateTime EndedAt { get; set; }
}
