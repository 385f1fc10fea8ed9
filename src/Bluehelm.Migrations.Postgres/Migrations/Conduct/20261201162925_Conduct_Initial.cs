using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Postgres.Migrations.Conduct
{
    /// <inheritdoc />
    public partial class Conduct_Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conduct_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Origin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MissionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedPrecision = table.Column<int>(type: "integer", nullable: false),
                    ReportedYear = table.Column<int>(type: "integer", nullable: false),
                    IncidentFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    IncidentFromPrecision = table.Column<int>(type: "integer", nullable: false),
                    IncidentTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IncidentToPrecision = table.Column<int>(type: "integer", nullable: false),
                    HowReported = table.Column<int>(type: "integer", nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    NarrativeSealed = table.Column<string>(type: "text", nullable: true),
                    ReporterSealed = table.Column<string>(type: "text", nullable: true),
                    PaternityClaimed = table.Column<bool>(type: "boolean", nullable: false),
                    PaternityEstablished = table.Column<int>(type: "integer", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MemberStateAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NioAppointed = table.Column<int>(type: "integer", nullable: false),
                    InvestigatingEntity = table.Column<int>(type: "integer", nullable: false),
                    InvestigationStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvestigationCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvestigationDays = table.Column<int>(type: "integer", nullable: true),
                    InvestigationDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvestigationOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    Finding = table.Column<int>(type: "integer", nullable: false),
                    FindingText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CriminalReferral = table.Column<int>(type: "integer", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StatusSecretHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReferralDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    By = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_actions_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conduct_allegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    SourceText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_allegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_allegations_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conduct_assistance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    VictimId = table.Column<Guid>(type: "uuid", nullable: true),
                    Service = table.Column<int>(type: "integer", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoteSealed = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_assistance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_assistance_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conduct_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    By = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_measures_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conduct_pauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_pauses_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conduct_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    CategoryText = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    NationalityIso2 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    NationalityText = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdentitySealed = table.Column<string>(type: "text", nullable: true),
                    NameLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NationalIdLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_subjects_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conduct_victims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    AgeGroup = table.Column<int>(type: "integer", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    IdentitySealed = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_victims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conduct_victims_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conduct_actions_CaseId",
                table: "conduct_actions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_allegations_CaseId",
                table: "conduct_allegations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_assistance_CaseId",
                table: "conduct_assistance",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_audit_entries_At",
                table: "conduct_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_audit_entries_EntityType_EntityId",
                table: "conduct_audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_conduct_cases_MissionCode_Stage_InvestigationDueOn",
                table: "conduct_cases",
                columns: new[] { "MissionCode", "Stage", "InvestigationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_conduct_cases_Reference",
                table: "conduct_cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conduct_cases_ReportedYear_MissionCode",
                table: "conduct_cases",
                columns: new[] { "ReportedYear", "MissionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_conduct_cases_Source_SourceKey",
                table: "conduct_cases",
                columns: new[] { "Source", "SourceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_conduct_imports_Sha256",
                table: "conduct_imports",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_measures_CaseId",
                table: "conduct_measures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_pauses_CaseId",
                table: "conduct_pauses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_subjects_CaseId",
                table: "conduct_subjects",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_subjects_NameLookup",
                table: "conduct_subjects",
                column: "NameLookup");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_subjects_NationalIdLookup",
                table: "conduct_subjects",
                column: "NationalIdLookup");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_subjects_NationalityIso2",
                table: "conduct_subjects",
                column: "NationalityIso2");

            migrationBuilder.CreateIndex(
                name: "IX_conduct_victims_CaseId",
                table: "conduct_victims",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conduct_actions");

            migrationBuilder.DropTable(
                name: "conduct_allegations");

            migrationBuilder.DropTable(
                name: "conduct_assistance");

            migrationBuilder.DropTable(
                name: "conduct_audit_entries");

            migrationBuilder.DropTable(
                name: "conduct_imports");

            migrationBuilder.DropTable(
                name: "conduct_measures");

            migrationBuilder.DropTable(
                name: "conduct_pauses");

            migrationBuilder.DropTable(
                name: "conduct_subjects");

            migrationBuilder.DropTable(
                name: "conduct_victims");

            migrationBuilder.DropTable(
                name: "conduct_cases");
        }
    }
}
