using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Insights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InsightsArticleViews",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Views = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsArticleViews", x => new { x.ArticleId, x.Day });
                    table.ForeignKey(
                        name: "FK_InsightsArticleViews_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsightsDailyReaders",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsDailyReaders", x => new { x.Day, x.UnitId, x.Hash });
                    table.ForeignKey(
                        name: "FK_InsightsDailyReaders_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsightsDailySalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsDailySalts", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "InsightsMonthlyReaders",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ReaderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsMonthlyReaders", x => new { x.UnitId, x.Month });
                    table.ForeignKey(
                        name: "FK_InsightsMonthlyReaders_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseSurveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RecurrenceMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseSurveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PulseHasAnswered",
                columns: table => new
                {
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseHasAnswered", x => new { x.SurveyId, x.Round, x.UserId });
                    table.ForeignKey(
                        name: "FK_PulseHasAnswered_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PulseHasAnswered_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseQuestions_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
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
                name: "IX_InsightsArticleViews_Day",
                table: "InsightsArticleViews",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_InsightsDailyReaders_UnitId",
                table: "InsightsDailyReaders",
                column: "UnitId");

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

            migrationBuilder.CreateIndex(
                name: "IX_PulseHasAnswered_UserId",
                table: "PulseHasAnswered",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseQuestions_SurveyId",
                table: "PulseQuestions",
                column: "SurveyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsightsArticleViews");

            migrationBuilder.DropTable(
                name: "InsightsDailyReaders");

            migrationBuilder.DropTable(
                name: "InsightsDailySalts");

            migrationBuilder.DropTable(
                name: "InsightsMonthlyReaders");

            migrationBuilder.DropTable(
                name: "PulseAnswers");

            migrationBuilder.DropTable(
                name: "PulseHasAnswered");

            migrationBuilder.DropTable(
                name: "PulseQuestions");

            migrationBuilder.DropTable(
                name: "PulseSurveys");
        }
    }
}
