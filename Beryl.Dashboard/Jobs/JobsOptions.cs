using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Jobs;

/// <summary>The <c>Jobs</c> section: how the web app's Hangfire server runs the collection and report jobs.</summary>
public sealed class JobsOptions : ISettingsSection
{
    public static string Section => "Jobs";

    /// <summary>
    /// How long a job a server has taken stays hidden from the other workers (the storage's
    /// InvisibilityTimeout, 30 min by default in both). A job whose process died mid-run (killed, restarted) is run again
    /// once this has passed since it started; a job still running after this long is also taken by a second
    /// worker, which waits for the first (every job is DisableConcurrentExecution) and then repeats it harmlessly
    /// (a collection replaces the day's snapshot, the report skips who has it). So: longer than a normal run.
    /// </summary>
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    public TimeSpan InvisibilityTimeout => TimeSpan.FromSeconds(InvisibilityTimeoutSeconds);

    /// <summary>The first thing wrong with these settings, as one line naming the setting; null when valid.</summary>
    public string? FirstError() => InvisibilityTimeoutSeconds < 1
        ? $"Invalid setting {Settings.SettingName.Of($"{Section}:{nameof(InvisibilityTimeoutSeconds)}")}: must be at least 1 second, got {InvisibilityTimeoutSeconds}."
        : null;
}
