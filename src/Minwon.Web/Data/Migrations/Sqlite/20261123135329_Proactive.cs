using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minwon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Proactive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProactivePeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JuryShare = table.Column<int>(type: "INTEGER", nullable: false),
                    VoteOpensAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoteClosesAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoteSalt = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactivePeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProactivePlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactivePlanTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactivePlanTasks_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveTrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StreamUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveTrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveCriteria_ProactivePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ProactivePeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveRecommendations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: true),
                    NomineeId = table.Column<string>(type: "TEXT", nullable: true),
                    NomineeAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecommenderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecommenderPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecommenderEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PhoneLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScreeningReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScreenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScreenedByAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Shortlisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Award = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reward = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SelectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicTitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublicSummaryEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NameConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    NameConsentRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NameConsentRecordedByAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveRecommendations_AspNetUsers_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProactiveRecommendations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProactiveRecommendations_ProactivePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ProactivePeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveVoteCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecommendationId = table.Column<long>(type: "INTEGER", nullable: false),
                    VoterHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveVoteCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveVoteCodes_ProactivePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ProactivePeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveTrainingEnrolments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<string>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveTrainingEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveTrainingEnrolments_AspNetUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProactiveTrainingEnrolments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProactiveTrainingEnrolments_ProactiveTrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ProactiveTrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveRecusals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveRecusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveRecusals_ProactiveRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "ProactiveRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<long>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveScores_ProactiveCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "ProactiveCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProactiveScores_ProactiveRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "ProactiveRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveVotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecommendationId = table.Column<long>(type: "INTEGER", nullable: false),
                    VoterHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProactiveVotes_ProactivePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ProactivePeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProactiveVotes_ProactiveRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "ProactiveRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveCriteria_PeriodId",
                table: "ProactiveCriteria",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactivePlanTasks_DepartmentId",
                table: "ProactivePlanTasks",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactivePlanTasks_Year",
                table: "ProactivePlanTasks",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveRecommendations_DepartmentId",
                table: "ProactiveRecommendations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveRecommendations_NomineeId",
                table: "ProactiveRecommendations",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveRecommendations_PeriodId_Status",
                table: "ProactiveRecommendations",
                columns: new[] { "PeriodId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveRecommendations_Status_SubmittedAt",
                table: "ProactiveRecommendations",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveRecusals_RecommendationId_ReviewerId",
                table: "ProactiveRecusals",
                columns: new[] { "RecommendationId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveScores_CriterionId",
                table: "ProactiveScores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveScores_RecommendationId_ReviewerId_CriterionId",
                table: "ProactiveScores",
                columns: new[] { "RecommendationId", "ReviewerId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveTrainingEnrolments_DepartmentId",
                table: "ProactiveTrainingEnrolments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveTrainingEnrolments_SessionId_StaffUserId",
                table: "ProactiveTrainingEnrolments",
                columns: new[] { "SessionId", "StaffUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveTrainingEnrolments_StaffUserId",
                table: "ProactiveTrainingEnrolments",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveVoteCodes_PeriodId",
                table: "ProactiveVoteCodes",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveVotes_PeriodId_VoterHash",
                table: "ProactiveVotes",
                columns: new[] { "PeriodId", "VoterHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveVotes_RecommendationId",
                table: "ProactiveVotes",
                column: "RecommendationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProactivePlanTasks");

            migrationBuilder.DropTable(
                name: "ProactiveRecusals");

            migrationBuilder.DropTable(
                name: "ProactiveScores");

            migrationBuilder.DropTable(
                name: "ProactiveTrainingEnrolments");

            migrationBuilder.DropTable(
                name: "ProactiveVoteCodes");

            migrationBuilder.DropTable(
                name: "ProactiveVotes");

            migrationBuilder.DropTable(
                name: "ProactiveCriteria");

            migrationBuilder.DropTable(
                name: "ProactiveTrainingSessions");

            migrationBuilder.DropTable(
                name: "ProactiveRecommendations");

            migrationBuilder.DropTable(
                name: "ProactivePeriods");
        }
    }
}
