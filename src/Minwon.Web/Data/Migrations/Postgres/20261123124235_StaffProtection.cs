using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Minwon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_StaffAlert",
                table: "StaffAlert");

            migrationBuilder.RenameTable(
                name: "StaffAlert",
                newName: "StaffAlerts");

            migrationBuilder.RenameIndex(
                name: "IX_StaffAlert_ResolvedAt",
                table: "StaffAlerts",
                newName: "IX_StaffAlerts_ResolvedAt");

            migrationBuilder.AddColumn<int>(
                name: "AnsweredRepeats",
                table: "Complaints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ComplainantKey",
                table: "Complaints",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Fingerprint",
                table: "Complaints",
                type: "bytea",
                maxLength: 514,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MaskedTitle",
                table: "Complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Severity",
                table: "Complaints",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddPrimaryKey(
                name: "PK_StaffAlerts",
                table: "StaffAlerts",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "ComplainantRestrictions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplainantKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SetById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SetByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LiftedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LiftedByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplainantRestrictions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepeatClosures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: false),
                    EarlierReceipts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProposedByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Decision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DecidedByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepeatClosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScreenedTexts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: true),
                    Field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Severity = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Categories = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<float>(type: "real", nullable: false),
                    HasPersonalData = table.Column<bool>(type: "boolean", nullable: false),
                    Masked = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ScreenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreenedTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreenedTexts_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RevealRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScreenedTextId = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActorAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevealRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevealRecords_ScreenedTexts_ScreenedTextId",
                        column: x => x.ScreenedTextId,
                        principalTable: "ScreenedTexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ComplainantKey",
                table: "Complaints",
                column: "ComplainantKey");

            migrationBuilder.CreateIndex(
                name: "IX_ComplainantRestrictions_ComplainantKey",
                table: "ComplainantRestrictions",
                column: "ComplainantKey");

            migrationBuilder.CreateIndex(
                name: "IX_RepeatClosures_ComplaintId",
                table: "RepeatClosures",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_RepeatClosures_Decision",
                table: "RepeatClosures",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_RevealRecords_ScreenedTextId",
                table: "RevealRecords",
                column: "ScreenedTextId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreenedTexts_ComplaintId",
                table: "ScreenedTexts",
                column: "ComplaintId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplainantRestrictions");

            migrationBuilder.DropTable(
                name: "RepeatClosures");

            migrationBuilder.DropTable(
                name: "RevealRecords");

            migrationBuilder.DropTable(
                name: "ScreenedTexts");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ComplainantKey",
                table: "Complaints");

            migrationBuilder.DropPrimaryKey(
                name: "PK_StaffAlerts",
                table: "StaffAlerts");

            migrationBuilder.DropColumn(
                name: "AnsweredRepeats",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ComplainantKey",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "MaskedTitle",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Severity",
                table: "Complaints");

            migrationBuilder.RenameTable(
                name: "StaffAlerts",
                newName: "StaffAlert");

            migrationBuilder.RenameIndex(
                name: "IX_StaffAlerts_ResolvedAt",
                table: "StaffAlert",
                newName: "IX_StaffAlert_ResolvedAt");

            migrationBuilder.AddPrimaryKey(
                name: "PK_StaffAlert",
                table: "StaffAlert",
                column: "Id");
        }
    }
}
