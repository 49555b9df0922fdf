using System.Globalization;
using System.Text.Json;

namespace Beryl.Dashboard.Benchmark.Dataset;

/// <summary>
/// What a benchmark database holds: row counts (Beryl's size at scale 1), the seed and the schema it was
/// built on. Written next to the database once it is complete; a database whose spec differs is rebuilt.
/// </summary>
public sealed record DatasetSpec(
    int Generator,
    double Scale,
    int Seed,
    string Migration,
    int Users,
    int SignIns,
    int Collections,
    int Items,
    int AttributeValues,
    int Links,
    int MediaFiles,
    int Emails)
{
    /// <summary>Bumped whenever <see cref="DatasetBuilder"/> changes what it writes.</summary>
    public const int GeneratorVersion = 1;

    public const int DefaultSeed = 20260531;

    public static DatasetSpec At(double scale, string migration, int seed = DefaultSeed)
    {
        int Scaled(int full) => Math.Max(1, (int)Math.Round(full * scale));
        return new DatasetSpec(GeneratorVersion, scale, seed, migration,
            Users: Scaled(100_000),
            SignIns: Scaled(1_000_000),
            Collections: Scaled(25_000),
            Items: Scaled(1_000_000),
            AttributeValues: Scaled(2_000_000),
            Links: Scaled(400_000),
            MediaFiles: Scaled(300_000),
            Emails: Scaled(200_000));
    }

    /// <summary>The folder of a scale under the bench data folder: <c>scale-1</c>, <c>scale-0.1</c>...</summary>
    public string FolderName => "scale-" + Scale.ToString("0.###", CultureInfo.InvariantCulture);

    public string Describe() =>
        $"{Users:N0} users, {SignIns:N0} sign-ins, {Collections:N0} collections, {Items:N0} items, " +
        $"{AttributeValues:N0} attribute values, {Links:N0} links, {MediaFiles:N0} media files, {Emails:N0} emails " +
        $"(scale {Scale.ToString(CultureInfo.InvariantCulture)}, seed {Seed}, schema {Migration})";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public const string SidecarName = "dataset.json";

    public void Save(string folder) => File.WriteAllText(Path.Combine(folder, SidecarName), JsonSerializer.Serialize(this, Json));

    public static DatasetSpec? Load(string folder)
    {
        var path = Path.Combine(folder, SidecarName);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<DatasetSpec>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
