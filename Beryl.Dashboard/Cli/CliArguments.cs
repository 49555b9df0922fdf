using System.Globalization;

namespace Beryl.Dashboard.Cli;

/// <summary>A command-line mistake; its message is the one line printed before exiting with code 2.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>An option a command accepts: <c>--name</c>, with a value or as a flag.</summary>
public sealed record CliOption(string Name, string Help, string? ValueName = null)
{
    public bool TakesValue => ValueName is not null;
}

/// <summary>The options given to a command, parsed strictly: unknown options and missing values are errors.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> given = [];

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
            given[option.Name] = value;
        }
    }

    public bool Has(string name) => given.ContainsKey(name);

    public string? Value(string name) => given.GetValueOrDefault(name);

    /// <summary>A YYYY-MM-DD date; malformed or impossible dates (2026-02-30) are errors.</summary>
    public DateOnly? Date(string name) => Value(name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"--{name}: '{text}' is not a valid date (expected YYYY-MM-DD, e.g. 2026-03-29).");

    public int? Int(string name, int min, int max) => Value(name) is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new CliException($"--{name}: '{text}' is not a whole number between {min} and {max}.");
}
