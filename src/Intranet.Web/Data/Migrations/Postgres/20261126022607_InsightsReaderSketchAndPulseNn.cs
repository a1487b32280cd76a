using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightsReaderSketchAndPulseNn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextNn",
                table: "PulseQuestions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InsightsMonthlyReaderSketch",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Register = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsMonthlyReaderSketch", x => new { x.UnitId, x.Month, x.Register });
                    table.ForeignKey(
                        name: "FK_InsightsMonthlyReaderSketch_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsightsMonthlySalts",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Salt = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsMonthlySalts", x => x.Month);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsightsMonthlyReaderSketch_Month",
                table: "InsightsMonthlyReaderSketch",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsightsMonthlyReaderSketch");

            migrationBuilder.DropTable(
                name: "InsightsMonthlySalts");

            migrationBuilder.DropColumn(
                name: "TextNn",
                table: "PulseQuestions");
        }
    }
}
