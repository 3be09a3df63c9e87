using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GroupId",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ComplaintGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintGroups_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_GroupId",
                table: "Complaints",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintGroups_DepartmentId",
                table: "ComplaintGroups",
                column: "DepartmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Complaints_ComplaintGroups_GroupId",
                table: "Complaints",
                column: "GroupId",
                principalTable: "ComplaintGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_ComplaintGroups_GroupId",
                table: "Complaints");

            migrationBuilder.DropTable(
                name: "ComplaintGroups");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_GroupId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "Complaints");
        }
    }
}
