namespace Beryl.Dashboard.Hosting;

/// <summary>
/// Where Beryl's data is read from. The embedded database (<c>$BERYL_DATA_DIR/beryl.db</c>, the demo's) is
/// the dashboard's to create and migrate; a database named by <c>ConnectionStrings:Beryl</c> belongs to Beryl
/// and is only read, never migrated.
/// </summary>
public sealed record BerylSource(string ConnectionString, bool IsEmbedded)
{
    public static BerylSource From(IConfiguration configuration, DataFolder data) =>
        configuration.GetConnectionString("Beryl") is { Length: > 0 } external
            ? new BerylSource(external, IsEmbedded: false)
            : new BerylSource(data.SqliteConnectionString("beryl.db"), IsEmbedded: true);
}
