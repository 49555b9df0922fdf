namespace Beryl.Dashboard.Settings;

/// <summary>
/// An environment variable of Beryl's env files and the appsettings key it stands for; <see cref="Translate"/>
/// turns a value written Django's way into ours (null: the variable sets nothing).
/// </summary>
public sealed record EnvironmentAlias(string Variable, string Key, Func<string, string?>? Translate = null)
{
    /// <summary>A Django-style boolean ("True", "false", "1", "off"...); null when it is neither.</summary>
    public static bool? IsTrue(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" or "y" => true,
        "false" or "0" or "no" or "off" or "n" or "" => false,
        _ => null,
    };

    /// <summary>A Django-style boolean of <paramref name="variable"/>; anything else is one line naming that variable.</summary>
    public static bool Boolean(string variable, string value) =>
        IsTrue(value) ?? throw new SettingsException($"Invalid setting {variable}: '{value}' is not True or False.");
}
