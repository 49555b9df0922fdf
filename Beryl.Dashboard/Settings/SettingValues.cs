using System.ComponentModel;

namespace Beryl.Dashboard.Settings;

/// <summary>
/// Checks, before binding, that every value of a section which binds to a number, a boolean or a choice is one:
/// the binder's own error names a .NET type and not the environment name. One line, naming both, instead.
/// </summary>
public static class SettingValues
{
    /// <exception cref="SettingsException">The first value that is not of its setting's kind.</exception>
    public static void Check<T>(IConfiguration configuration, string section)
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            var key = $"{section}:{property.Name}";
            if (configuration[key] is not { } raw)
                continue;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (Expected(type) is not { } expected || Converts(type, raw))
                continue;
            throw new SettingsException($"Invalid setting {SettingName.Of(key)}: '{raw}' is not {expected}.");
        }
    }

    private static string? Expected(Type type) =>
        type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(double) ? "a number"
        : type == typeof(bool) ? "true or false"
        : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
        : null;

    private static bool Converts(Type type, string raw)
    {
        if (type.IsEnum)
            return Enum.TryParse(type, raw.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(type, value!)
                   && !raw.Trim().All(char.IsAsciiDigit);
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(raw.Trim());
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }
}
