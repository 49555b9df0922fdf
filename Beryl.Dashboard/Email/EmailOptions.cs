using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Settings;
using MimeKit;

namespace Beryl.Dashboard.Email;

/// <summary>
/// The <c>Email</c> section: where the daily report goes. With no <see cref="Host"/> (the embedded default)
/// every message is written as an .eml file to <c>$BERYL_DATA_DIR/outbox</c> instead of being sent, so
/// email is "on" out of the box and only <see cref="Enabled"/> = false turns the report off.
/// </summary>
public sealed class EmailOptions : ISettingsSection
{
    public static string Section => "Email";

    /// <summary>False: no report is mailed (the nightly job does not queue one).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The SMTP server; empty writes each message to the outbox folder instead.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Signs in to the SMTP server when set.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string From { get; set; } = "Beryl Dashboard <metrics@beryl.local>";

    /// <summary>
    /// How long to wait for the SMTP server at each step (connecting, each command, each message) before giving
    /// up: a server that accepts the connection but never answers fails the run instead of holding the job forever.
    /// </summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Where the dashboard is reached from a mail client: the report links to its metrics page.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>True when messages go to an SMTP server, false when they are written to the outbox folder.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The first thing wrong with these settings, as one line naming the setting; null when valid.</summary>
    public string? FirstError()
    {
        if (UsesSmtp && Uri.CheckHostName(Host.Trim()) == UriHostNameType.Unknown)
            return $"Invalid setting {Name(nameof(Host))}: '{Host}' is not a host name or address.";
        if (Port is < 1 or > 65535)
            return $"Invalid setting {Name(nameof(Port))}: must be between 1 and 65535, got {Port}.";
        if (TimeoutSeconds is < 1 or > 3600)
            return $"Invalid setting {Name(nameof(TimeoutSeconds))}: must be between 1 and 3600 seconds, got {TimeoutSeconds}.";
        if (Password.Length > 0 && User.Length == 0)
            return $"Invalid setting {Name(nameof(User))}: a password is set but no user to sign in with.";
        // MimeKit takes a bare word for a local mailbox; a sender needs a domain.
        if (!MailboxAddress.TryParse(From, out var from) || !from.Address.Contains('@'))
            return $"Invalid setting {Name(nameof(From))}: '{From}' is not an email address (e.g. Beryl Dashboard <metrics@example.org>).";
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return $"Invalid setting {Name(nameof(PublicBaseUrl))}: '{PublicBaseUrl}' is not an http(s) address.";
        return null;
    }

    /// <summary>The link to the metrics page of a day.</summary>
    public string DashboardUrl(DateOnly day) => PublicBaseUrl.TrimEnd('/') + DashboardUrls.MetricsPageOf(day);

    private static string Key(string property) => $"{Section}:{property}";

    private static string Name(string property) => SettingName.Of(Key(property));
}
