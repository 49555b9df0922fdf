using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>
/// Where Beryl's Django admin shows a row: <c>Beryl:AdminUrl</c> (<c>BERYL_ADMIN_URL</c>, such as
/// <c>https://beryl.example.org/admin/</c>) and the model's change page. Without the setting rows have no link.
/// </summary>
public sealed class AdminLinks(string? adminUrl)
{
    private readonly string? root = string.IsNullOrWhiteSpace(adminUrl) ? null : adminUrl.Trim().TrimEnd('/') + "/";

    /// <summary>The setting's key.</summary>
    public const string Setting = "Beryl:AdminUrl";

    /// <summary>The row's change page in Beryl's admin, or null when the admin's address is not set.</summary>
    public string? Of(ListedRow row) => root is null ? null : root + PathOf(row.Table, row.Id);

    /// <summary>The change page's path under the admin: Django's app label, model name and the row's key.</summary>
    public static string PathOf(RowTable table, long id) => table switch
    {
        RowTable.User => $"auth/user/{id}/change/",
        RowTable.Collection => $"web/collection/{id}/change/",
        RowTable.Item => $"web/collectionitem/{id}/change/",
        RowTable.MediaFile => $"web/mediafile/{id}/change/",
        RowTable.Email => $"post_office/email/{id}/change/",
        RowTable.Link => $"web/collectionitemlink/{id}/change/",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "A Beryl table without an admin page."),
    };

    /// <summary>The first thing wrong with the setting, as one line naming it; null when valid or unset.</summary>
    public static string? Check(string? adminUrl) =>
        string.IsNullOrWhiteSpace(adminUrl)
        || Uri.TryCreate(adminUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null
            : $"Invalid setting {SettingName.Of(Setting)}: '{adminUrl}' is not an http or https address.";
}
