using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Minwon.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    JuryShare = table.Column<int>(type: "integer", nullable: false),
                    VoteOpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoteClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoteSalt = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactivePeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProactivePlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Milestone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StreamUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveTrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: true),
                    NomineeId = table.Column<string>(type: "text", nullable: true),
                    NomineeAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Change = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecommenderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecommenderPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecommenderEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    PhoneLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodId = table.Column<int>(type: "integer", nullable: true),
                    ScreeningReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ScreenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScreenedByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Shortlisted = table.Column<bool>(type: "boolean", nullable: false),
                    Award = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Reward = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SelectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublicTitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublicSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublicSummaryEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NameConsent = table.Column<bool>(type: "boolean", nullable: false),
                    NameConsentRecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NameConsentRecordedByAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    RecommendationId = table.Column<long>(type: "bigint", nullable: false),
                    VoterHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    StaffUserId = table.Column<string>(type: "text", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                        name: "FK_ProactiveTrainingEnrolments_ProactiveTrainingSessions_Sessi~",
                        column: x => x.SessionId,
                        principalTable: "ProactiveTrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveRecusals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecommendationId = table.Column<long>(type: "bigint", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecommendationId = table.Column<long>(type: "bigint", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerAlias = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    RecommendationId = table.Column<long>(type: "bigint", nullable: false),
                    VoterHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
