using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContactCheckId",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestedByAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactChecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ContactCheckId",
                table: "Outbox",
                column: "ContactCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactChecks_CreatedAt",
                table: "ContactChecks",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactChecks");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ContactCheckId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ContactCheckId",
                table: "Outbox");
        }
    }
}
