namespace Beryl.Dashboard.Hosting;

/// <summary>
/// Where Beryl's data is read from. The embedded database (the demo's: <c>$BERYL_DATA_DIR/beryl.db</c>, or the
/// dashboard's PostgreSQL database) is the dashboard's to create and migrate; a database named by
/// <c>ConnectionStrings:Beryl</c> belongs to Beryl and is only read, never migrated.
/// </summary>
public sealed record BerylSource(string ConnectionString, bool IsEmbedded);
