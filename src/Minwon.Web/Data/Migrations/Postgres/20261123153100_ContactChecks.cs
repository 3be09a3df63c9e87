using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Minwon.Web.Data.Migrations.Postgres
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
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestedByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
