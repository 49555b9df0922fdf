using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Settings;

/// <summary>The options pipeline's check of a section: the section's own <see cref="ISettingsSection.FirstError"/>.</summary>
public sealed class SectionValidator<T> : IValidateOptions<T> where T : class, ISettingsSection
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        options.FirstError() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
