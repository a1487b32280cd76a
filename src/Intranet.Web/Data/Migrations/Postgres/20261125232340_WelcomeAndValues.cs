using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Intranet.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WelcomeAndValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionNn",
                table: "OrgValues",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InPracticeNn",
                table: "OrgValues",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "WelcomeBuddies",
                columns: table => new
                {
                    NewHireId = table.Column<string>(type: "text", nullable: false),
                    BuddyId = table.Column<string>(type: "text", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelcomeBuddies", x => x.NewHireId);
                    table.ForeignKey(
                        name: "FK_WelcomeBuddies_AspNetUsers_BuddyId",
                        column: x => x.BuddyId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WelcomeBuddies_AspNetUsers_NewHireId",
                        column: x => x.NewHireId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WelcomeChecklistItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleNn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueDay = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelcomeChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WelcomeChecklistItems_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WelcomeMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleNn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    SignedUp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelcomeMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WelcomeSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    TranslationArticleId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelcomeSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WelcomeSections_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WelcomeSections_Articles_TranslationArticleId",
                        column: x => x.TranslationArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_WelcomeSections_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WelcomeChecklistTicks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ChecklistItemId = table.Column<int>(type: "integer", nullable: false),
                    TickedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelcomeChecklistTicks", x => new { x.UserId, x.ChecklistItemId });
                    table.ForeignKey(
                        name: "FK_WelcomeChecklistTicks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WelcomeChecklistTicks_WelcomeChecklistItems_ChecklistItemId",
                        column: x => x.ChecklistItemId,
                        principalTable: "WelcomeChecklistItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WelcomeMeetingSignups",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    SignedUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelcomeMeetingSignups", x => new { x.MeetingId, x.UserId });
                    table.ForeignKey(
                        name: "FK_WelcomeMeetingSignups_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WelcomeMeetingSignups_WelcomeMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "WelcomeMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeBuddies_BuddyId",
                table: "WelcomeBuddies",
                column: "BuddyId");

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeChecklistItems_UnitId_SortOrder",
                table: "WelcomeChecklistItems",
                columns: new[] { "UnitId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeChecklistTicks_ChecklistItemId",
                table: "WelcomeChecklistTicks",
                column: "ChecklistItemId");

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeMeetings_StartsAt",
                table: "WelcomeMeetings",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeMeetingSignups_UserId",
                table: "WelcomeMeetingSignups",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeSections_ArticleId",
                table: "WelcomeSections",
                column: "ArticleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeSections_TranslationArticleId",
                table: "WelcomeSections",
                column: "TranslationArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_WelcomeSections_UnitId_SortOrder",
                table: "WelcomeSections",
                columns: new[] { "UnitId", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WelcomeBuddies");

            migrationBuilder.DropTable(
                name: "WelcomeChecklistTicks");

            migrationBuilder.DropTable(
                name: "WelcomeMeetingSignups");

            migrationBuilder.DropTable(
                name: "WelcomeSections");

            migrationBuilder.DropTable(
                name: "WelcomeChecklistItems");

            migrationBuilder.DropTable(
                name: "WelcomeMeetings");

            migrationBuilder.DropColumn(
                name: "DescriptionNn",
                table: "OrgValues");

            migrationBuilder.DropColumn(
                name: "InPracticeNn",
                table: "OrgValues");
        }
    }
}
