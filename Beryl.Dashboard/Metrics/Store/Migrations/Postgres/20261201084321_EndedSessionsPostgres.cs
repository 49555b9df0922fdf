using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.Metrics.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EndedSessionsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EndedSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndedSessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EndedSessions_EndedAt",
                table: "EndedSessions",
                column: "EndedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EndedSessions");
        }
    }
}
