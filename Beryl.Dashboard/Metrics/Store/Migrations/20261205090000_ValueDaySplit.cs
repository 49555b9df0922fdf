using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.Metrics.Store.Migrations
{
    /// <summary>A provisional 24-hour count of events records its part since the day's start and the usual share by that hour.</summary>
    public partial class ValueDaySplit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "SinceDayStart",
                table: "Values",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "UsualShareByCutOff",
                table: "Values",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SinceDayStart",
                table: "Values");

            migrationBuilder.DropColumn(
                name: "UsualShareByCutOff",
                table: "Values");
        }
    }
}
