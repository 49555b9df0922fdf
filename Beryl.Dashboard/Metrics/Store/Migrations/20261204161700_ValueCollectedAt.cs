using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.Metrics.Store.Migrations
{
    /// <summary>Each value records the collection it came from; the values stored so far came from their snapshot's.</summary>
    public partial class ValueCollectedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CollectedAt",
                table: "Values",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.Sql(
                "UPDATE \"Values\" SET \"CollectedAt\" = (SELECT s.\"CollectedAt\" FROM \"Snapshots\" s WHERE s.\"Day\" = \"Values\".\"Day\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CollectedAt",
                table: "Values");
        }
    }
}
