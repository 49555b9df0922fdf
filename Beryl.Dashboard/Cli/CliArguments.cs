namespace Beryl.Dashboard.Cli;

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
