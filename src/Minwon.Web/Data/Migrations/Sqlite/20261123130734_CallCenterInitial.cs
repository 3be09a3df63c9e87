using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallCenterInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CallRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalCallId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CallerNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ComplainantKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordingRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AgentAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: true),
                    TransferredToDepartmentId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TelephonyEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalCallId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CallRecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelephonyEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallRecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ScreenedTextId = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallNotes_CallRecords_CallRecordId",
                        column: x => x.CallRecordId,
                        principalTable: "CallRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallWarnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallRecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Script = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    AgentAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallWarnings_CallRecords_CallRecordId",
                        column: x => x.CallRecordId,
                        principalTable: "CallRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallNotes_CallRecordId",
                table: "CallNotes",
                column: "CallRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_ComplainantKey",
                table: "CallRecords",
                column: "ComplainantKey");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_ExternalCallId",
                table: "CallRecords",
                column: "ExternalCallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_StartedAt",
                table: "CallRecords",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CallWarnings_CallRecordId",
                table: "CallWarnings",
                column: "CallRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_TelephonyEvents_EventId",
                table: "TelephonyEvents",
                column: "EventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallNotes");

            migrationBuilder.DropTable(
                name: "CallWarnings");

            migrationBuilder.DropTable(
                name: "TelephonyEvents");

            migrationBuilder.DropTable(
                name: "CallRecords");
        }
    }
}
