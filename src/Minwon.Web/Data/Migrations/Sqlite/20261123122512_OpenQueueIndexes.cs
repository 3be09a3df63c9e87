using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open",
                table: "Complaints",
                columns: new[] { "DueAt", "Id" },
                filter: "\"Status\" IN ('Received', 'Assigned')");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open_Department",
                table: "Complaints",
                columns: new[] { "DepartmentId", "DueAt", "Id" },
                filter: "\"Status\" IN ('Received', 'Assigned')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Open",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Open_Department",
                table: "Complaints");
        }
    }
}
