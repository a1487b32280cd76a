using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Intranet.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Query = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchBestBets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchQueryStats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Week = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Query = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ZeroResultCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchQueryStats", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchSynonyms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Terms = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
