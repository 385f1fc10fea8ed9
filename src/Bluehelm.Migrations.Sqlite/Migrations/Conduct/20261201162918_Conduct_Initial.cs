using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations.Conduct
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IncidentFromPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IncidentToPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    HowReported = table.Column<int>(type: "INTEGER", nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    NarrativeSealed = table.Column<string>(type: "TEXT", nullable: true),
                    ReporterSealed = table.Column<string>(type: "TEXT", nullable: true),
                    PaternityClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaternityEstablished = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MemberStateAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NioAppointed = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigatingEntity = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvestigationCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvestigationDays = table.Column<int>(type: "INTEGER", nullable: true),
                    InvestigationDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvestigationOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferralOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Finding = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CriminalReferral = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusSecretHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceRow = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReferralDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Service = table.Column<int>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoteSealed = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryText = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    NationalityIso2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    NationalityText = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdentitySealed = table.Column<string>(type: "TEXT", nullable: true),
                    NameLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NationalIdLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentitySealed = table.Column<string>(type: "TEXT", nullable: true)
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
