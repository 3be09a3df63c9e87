using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintsByDepartmentAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Complaints_DepartmentId_ReceivedAt",
                table: "Complaints",
                columns: new[] { "DepartmentId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_DepartmentId_ReceivedAt",
                table: "Complaints");
        }
    }
}
