using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IncidentLedgerKeyedChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every entry stored so far was hashed with plain SHA-256; new entries are written as HmacSha256.
            migrationBuilder.AddColumn<string>(
                name: "Algorithm",
                table: "IncidentLedgerEntries",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Sha256");

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "IncidentLedgerEntries",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Algorithm",
                table: "IncidentLedgerEntries");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "IncidentLedgerEntries");
        }
    }
}
