using System.Text;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// Reads CSV as RFC 4180 has it (what spreadsheets do): fields split at commas, quoted fields may hold commas,
/// doubled quotes and line breaks, records end with CRLF. Written here so the export is checked by a reader that
/// shares no code with its writer.
/// </summary>
public static class CsvRecords
{
    public static List<string[]> Parse(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"')
                    field.Append(csv[++i]);
                else
                    quoted = false;
            }
            else if (c == '"' && field.Length == 0)
                quoted = true;
            else if (c == ',')
                fields.Add(Take(field));
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                i++;
                fields.Add(Take(field));
                records.Add([.. fields]);
                fields.Clear();
            }
            else if (c is '"' or '\r' or '\n')
                throw new FormatException($"A bare {(int)c:x2} at {i} outside a quoted field.");
            else
                field.Append(c);
        }
        if (quoted)
            throw new FormatException("A quoted field is not closed.");
        if (field.Length > 0 || fields.Count > 0)
            throw new FormatException("The last record does not end with CRLF.");
        return records;
    }

    private static string Take(StringBuilder field)
    {
        var text = field.ToString();
        field.Clear();
        return text;
    }
}
