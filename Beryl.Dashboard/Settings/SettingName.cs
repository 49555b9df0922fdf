namespace Beryl.Dashboard.Settings;

/// <summary>How a message names a setting: its appsettings key and the environment name that sets it.</summary>
public static class SettingName
{
    /// <summary>
    /// <c>Metrics:RetentionDays (METRICS_RETENTION_DAYS)</c> for a setting with a Beryl env-file name,
    /// <c>Jobs:InvisibilityTimeoutSeconds (Jobs__InvisibilityTimeoutSeconds)</c> otherwise, as README's table lists them;
    /// <c>Email:Security (EMAIL_USE_TLS, EMAIL_USE_SSL)</c> where two names set it.
    /// </summary>
    public static string Of(string key)
    {
        var aliases = ConfigurationAliases.All.Where(a => a.Key == key).Select(a => a.Variable).ToList();
        return $"{key} ({(aliases.Count > 0 ? string.Join(", ", aliases) : key.Replace(":", "__", StringComparison.Ordinal))})";
    }
}
