using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.Metrics.Store.Migrations.Postgres
{
    /// <summary>
    /// The failed sign-ins that every instance counts together (Auth/PostgresSignInThrottle.cs). Not part of the
    /// EF model: only that class reads and writes it, with plain SQL.
    /// </summary>
    public partial class SharedSignInFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "SignInFailures" (
                    "Key" text NOT NULL,
                    "At" timestamp with time zone NOT NULL
                );
                CREATE INDEX "IX_SignInFailures_Key_At" ON "SignInFailures" ("Key", "At");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SignInFailures";""");
        }
    }
}
