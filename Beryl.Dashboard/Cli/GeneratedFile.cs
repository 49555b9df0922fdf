using System.Text;
using Beryl.Dashboard.Export;

namespace Beryl.Dashboard.Cli;

/// <summary>Where an export command writes: <c>--output PATH</c>, else its default path inside the checkout.</summary>
public static class GeneratedFile
{
    public static readonly CliOption OutputOption = new("output",
        "Write to this file instead of the default; a relative path starts from the folder the command is typed in.", "PATH");

    public static string PathFor(CliArguments args, string command, string defaultRelativePath)
    {
        if (args.Value(OutputOption.Name) is { } output)
            return Path.GetFullPath(output);
        var root = RepositoryRoot.Find(Directory.GetCurrentDirectory())
            ?? throw new CliException($"{command}: not inside the Beryl Dashboard checkout ({RepositoryRoot.Marker} not found above " +
                                      $"{Directory.GetCurrentDirectory()}); pass --output PATH.");
        return Path.Combine(root, defaultRelativePath);
    }

    /// <summary>Writes UTF-8 without a byte-order mark, creating the folder, so the committed file compares byte for byte.</summary>
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
