using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Settings;

/// <summary>
/// The one way a section of settings is read. It is registered with the .NET options pipeline (bound from its
/// section, checked by <see cref="SectionValidator{T}"/>, validated at start), and read once at registration with the
/// same checks, so that a bad value stops a command or the web app with one line before anything is created.
/// </summary>
public static class SettingsSections
{
    /// <summary>Registers the section's options and returns them, bound and valid.</summary>
    /// <exception cref="SettingsException">A value of the wrong kind, or out of its range.</exception>
    public static T AddSettingsSection<T>(this IServiceCollection services, IConfiguration configuration)
        where T : class, ISettingsSection, new()
    {
        var options = Read<T>(configuration);
        services.AddOptions<T>().Bind(configuration.GetSection(T.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, SectionValidator<T>>();
        return options;
    }

    /// <summary>The section bound and valid.</summary>
    /// <exception cref="SettingsException">A value of the wrong kind, or out of its range.</exception>
    public static T Read<T>(IConfiguration configuration) where T : class, ISettingsSection, new()
    {
        SettingValues.Check<T>(configuration, T.Section);
        var options = new T();
        configuration.GetSection(T.Section).Bind(options);
        var result = new SectionValidator<T>().Validate(Options.DefaultName, options);
        return result.Failed ? throw new SettingsException(result.FailureMessage) : options;
    }
}
