using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PulseAnswerCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PulseAnswerCounts",
                columns: table => new
                {
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseAnswerCounts", x => new { x.SurveyId, x.Round, x.QuestionId, x.UnitId, x.Value });
                    table.ForeignKey(
                        name: "FK_PulseAnswerCounts_PulseQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "PulseQuestions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PulseAnswerCounts_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PulseAnswerCounts_QuestionId",
                table: "PulseAnswerCounts",
                column: "QuestionId");

            // One counter per (survey, round, question, unit, score) instead of one row per answer; 0 = no unit.
            migrationBuilder.Sql(@"INSERT INTO ""PulseAnswerCounts"" (""SurveyId"", ""Round"", ""QuestionId"", ""UnitId"", ""Value"", ""Count"")
SELECT ""SurveyId"", ""Round"", ""QuestionId"", COALESCE(""UnitId"", 0), ""Value"", COUNT(*) FROM ""PulseAnswers""
GROUP BY ""SurveyId"", ""Round"", ""QuestionId"", COALESCE(""UnitId"", 0), ""Value""
ORDER BY ""SurveyId"", ""Round"", ""QuestionId"", COALESCE(""UnitId"", 0), ""Value"";");

            migrationBuilder.DropTable(
                name: "PulseAnswers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PulseAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseAnswers_PulseQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "PulseQuestions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PulseAnswers_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PulseAnswers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PulseAnswers_QuestionId",
                table: "PulseAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseAnswers_SurveyId_Round",
                table: "PulseAnswers",
                columns: new[] { "SurveyId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_PulseAnswers_UnitId",
                table: "PulseAnswers",
                column: "UnitId");

            migrationBuilder.Sql(@"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT MAX(""Count"") FROM ""PulseAnswerCounts""))
INSERT INTO ""PulseAnswers"" (""Id"", ""QuestionId"", ""Round"", ""SurveyId"", ""UnitId"", ""Value"")
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
    c.""QuestionId"", c.""Round"", c.""SurveyId"", CASE WHEN c.""UnitId"" IN (SELECT ""Id"" FROM ""Units"") THEN c.""UnitId"" END, c.""Value""
FROM ""PulseAnswerCounts"" c JOIN n ON n.i <= c.""Count"";");

            migrationBuilder.DropTable(
                name: "PulseAnswerCounts");
        }
    }
}
