using System.Globalization;

namespace Beryl.Dashboard.Cli;

/// <summary>A command-line mistake; its message is the one line printed before exiting with code 2.</summary>
public sealed class CliException(string message) : Exception(message);

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
        CliValue.Date => Metrics.Report.ReportDay.Parse(text) is { } date
            ? date
            : throw new CliException($"--{Name}: '{text}' is not a valid date (expected {Metrics.Report.ReportDay.Expected}, e.g. 2026-03-29)."),
        CliValue.Number =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= Min && n <= Max
                ? n
                : throw new CliException($"--{Name}: '{text}' is not a whole number between {Min} and {Max}."),
        _ => text,
    };
}

public enum CliValue { Text, Date, Number }

/// <summary>The options given to a command, parsed strictly: unknown options and missing values are errors.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, object?> given = [];

    public CliArguments(string command, IEnumerable<string> args, IReadOnlyList<CliOption> options)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : null;
            var split = name?.IndexOf('=') ?? -1;
            string? inline = null;
            if (split >= 0)
            {
                inline = name![(split + 1)..];
                name = name[..split];
            }
            var option = options.FirstOrDefault(o => o.Name == name)
                ?? throw new CliException($"{command}: unknown argument '{arg}' (see {command} --help).");
            if (given.ContainsKey(option.Name))
                throw new CliException($"{command}: --{option.Name} given twice.");
            if (!option.TakesValue)
            {
                if (inline is not null)
                    throw new CliException($"{command}: --{option.Name} takes no value.");
                given[option.Name] = null;
                continue;
            }
            var value = inline ?? (e.MoveNext() && !e.Current.StartsWith("--", StringComparison.Ordinal) ? e.Current : null);
            if (string.IsNullOrWhiteSpace(value))
                throw new CliException($"{command}: --{option.Name} needs a value ({option.ValueName}).");
            given[option.Name] = option.Parse(value);
        }
    }

    public bool Has(string name) => given.ContainsKey(name);

    public string? Value(string name) => given.GetValueOrDefault(name) as string;

    /// <summary>A date option's value, already checked (malformed or impossible dates such as 2026-02-30 are refused).</summary>
    public DateOnly? Date(string name) => given.GetValueOrDefault(name) as DateOnly?;

    /// <summary>A number option's value, already checked against its range.</summary>
    public int? Int(string name) => given.GetValueOrDefault(name) as int?;
}
