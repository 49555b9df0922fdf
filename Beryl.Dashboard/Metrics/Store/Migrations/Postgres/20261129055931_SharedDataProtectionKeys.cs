using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.Metrics.Store.Migrations.Postgres
{
    /// <summary>
    /// The table of the Data Protection keys that every instance shares (Auth/PostgresKeyRepository.cs). Not part
    /// of the EF model: only that repository reads and writes it, with plain SQL.
    /// </summary>
    public partial class SharedDataProtectionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "DataProtectionKeys" (
                    "FriendlyName" text PRIMARY KEY,
                    "Xml" text NOT NULL
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "DataProtectionKeys";""");
        }
    }
}
