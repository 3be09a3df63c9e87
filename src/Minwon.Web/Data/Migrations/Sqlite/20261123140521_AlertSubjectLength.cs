using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlertSubjectLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
