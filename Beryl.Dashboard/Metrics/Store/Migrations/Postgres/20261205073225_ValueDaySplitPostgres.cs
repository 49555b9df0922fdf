using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.Metrics.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ValueDaySplitPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "SinceDayStart",
                table: "Values",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "UsualShareByCutOff",
                table: "Values",
                type: "double precision",
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
