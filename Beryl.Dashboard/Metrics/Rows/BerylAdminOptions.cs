using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>
/// The <c>Beryl</c> section: where Beryl's own Django admin is, so that a listed row links to its change page
/// (<c>Beryl:AdminUrl</c>, environment <c>BERYL_ADMIN_URL</c>, such as <c>https://beryl.example.org/admin/</c>).
/// </summary>
public sealed class BerylAdminOptions : ISettingsSection
{
    public static string Section => "Beryl";

    /// <summary>The admin's address; empty: rows show without links.</summary>
    public string AdminUrl { get; set; } = "";

    public string? FirstError() => AdminLinks.Check(AdminUrl);
}
