using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Intranet.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchBestBets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchBestBets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchQueryStats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Week = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroResultCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchQueryStats", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchSynonyms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchSynonyms", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SearchSynonyms",
                columns: new[] { "Id", "Terms" },
                values: new object[,]
                {
                    { 1, "rådmann, kommunedirektør" },
                    { 2, "tilsett, ansatt" },
                    { 3, "sjukefråvær, sykefravær" },
                    { 4, "sjukeheim, sykehjem" },
                    { 5, "TÆL, tydelig ærlig løsningsvillig" },
                    { 6, "PLO, pleie og omsorg" },
                    { 7, "BPA, brukerstyrt personlig assistanse" },
                    { 8, "NAV, arbeids- og velferdsforvaltningen" },
                    { 9, "HMS, helse miljø og sikkerhet" },
                    { 10, "AMU, arbeidsmiljøutvalg" },
                    { 11, "IKT, IT, data" },
                    { 12, "SFO, skolefritidsordning" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchBestBets_Query_ArticleId",
                table: "SearchBestBets",
                columns: new[] { "Query", "ArticleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchQueryStats_Week_Query",
                table: "SearchQueryStats",
                columns: new[] { "Week", "Query" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchBestBets");

            migrationBuilder.DropTable(
                name: "SearchQueryStats");

            migrationBuilder.DropTable(
                name: "SearchSynonyms");
        }
    }
}
