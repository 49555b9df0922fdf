namespace Beryl.Dashboard.Settings;

/// <summary>
/// A section of appsettings.json bound to one options class (<c>Metrics</c>, <c>Email</c>, <c>Jobs</c>). Every section
/// goes through <see cref="SettingsSections"/>: bound and validated the same way, one line naming a bad setting.
/// </summary>
public interface ISettingsSection
{
    /// <summary>The section's name in appsettings.json, and the prefix of its keys (<c>Metrics:RetentionDays</c>).</summary>
    static abstract string Section { get; }

    /// <summary>The first value out of its range, as one line naming the setting; null when every value is valid.</summary>
    string? FirstError();
}
