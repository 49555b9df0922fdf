using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Beryl's model on PostgreSQL. A type of its own because EF Core builds one model per context type, with the
/// engine's column types in it: a process may read a SQLite and a PostgreSQL Beryl (the tests do).
/// </summary>
public sealed class PostgresBerylDbContext(DbContextOptions<PostgresBerylDbContext> options) : BerylDbContext(options);
