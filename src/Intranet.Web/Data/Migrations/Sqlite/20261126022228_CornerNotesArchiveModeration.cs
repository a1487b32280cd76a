using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CornerNotesArchiveModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "CornerPosts",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Post");

            migrationBuilder.CreateTable(
                name: "CornerAttachmentFiles",
                columns: table => new
                {
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CornerAttachmentFiles", x => x.AttachmentId);
                });

            migrationBuilder.CreateTable(
                name: "CornerAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CornerAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CornerAttachments_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CornerAttachments_ArticleId",
                table: "CornerAttachments",
                column: "ArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CornerAttachmentFiles");

            migrationBuilder.DropTable(
                name: "CornerAttachments");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "CornerPosts");
        }
    }
}
