using System.Globalization;

namespace Beryl.Dashboard.Cli;

/// <summary>An option a command accepts: <c>--name</c>, as a flag or with a value checked when parsed.</summary>
public sealed record CliOption(string Name, string Help, string? ValueName = null, CliValue Kind = CliValue.Text,
    int Min = 0, int Max = int.MaxValue)
{
    public bool TakesValue => ValueName is not null;

    public static CliOption Date(string name, string help) => new(name, help, "YYYY-MM-DD", CliValue.Date);

    public static CliOption Number(string name, string help, int min, int max, string valueName = "N") =>
        new(name, help, valueName, CliValue.Number, min, max);

    /// <summary>The parsed value (a DateOnly, an int or the text); a bad value is a <see cref="CliException"/>.</summary>
    public object Parse(string text) => Kind switch
    {
        CliValue.Date => Metrics.Report.RequestedDay.Parse(text) is { } date
            ? date
            : throw new CliException($"--{Name}: '{text}' is not a valid date (expected {Metrics.Report.RequestedDay.Expected}, e.g. 2026-03-29)."),
        CliValue.Number =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= Min && n <= Max
                ? n
                : throw new CliException($"--{Name}: '{text}' is not a whole number between {Min} and {Max}."),
        _ => text,
    };
}
