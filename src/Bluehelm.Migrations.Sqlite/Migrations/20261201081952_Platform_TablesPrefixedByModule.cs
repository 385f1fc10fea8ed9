using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Every table takes its module's prefix (platform_, missions_, alerts_; ASP.NET Identity's tables
    /// become platform_users, platform_roles, ...), keeping every row: tables are renamed, and their keys
    /// and indexes follow the new names. The foreign key from alerts to missions is dropped (modules keep
    /// each other's ids and check them through the owning module's contract). The idempotency records
    /// move to Platform with their alert id column renamed ResultId.
    /// </summary>
    public partial class Platform_TablesPrefixedByModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_alert_events_alerts_AlertId",
                table: "alert_events");

            migrationBuilder.DropForeignKey(
                name: "FK_alert_response_units_alert_responses_ResponseId",
                table: "alert_response_units");

            migrationBuilder.DropForeignKey(
                name: "FK_alert_responses_alerts_AlertId",
                table: "alert_responses");

            migrationBuilder.DropForeignKey(
                name: "FK_alerts_missions_MissionId",
                table: "alerts");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                table: "AspNetRoleClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                table: "AspNetUserClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                table: "AspNetUserLogins");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                table: "AspNetUserRoles");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                table: "AspNetUserRoles");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                table: "AspNetUserTokens");

            migrationBuilder.DropForeignKey(
                name: "FK_mandate_resolutions_missions_MissionId",
                table: "mandate_resolutions");

            migrationBuilder.DropForeignKey(
                name: "FK_mission_strength_missions_MissionId",
                table: "mission_strength");

            migrationBuilder.DropForeignKey(
                name: "FK_site_contributors_sites_SiteId",
                table: "site_contributors");

            migrationBuilder.DropForeignKey(
                name: "FK_site_deployments_sites_SiteId",
                table: "site_deployments");

            migrationBuilder.DropForeignKey(
                name: "FK_site_unit_types_sites_SiteId",
                table: "site_unit_types");

            migrationBuilder.DropForeignKey(
                name: "FK_sites_missions_MissionId",
                table: "sites");

            migrationBuilder.DropForeignKey(
                name: "FK_units_missions_MissionId",
                table: "units");

            migrationBuilder.DropForeignKey(
                name: "FK_units_sites_SiteId",
                table: "units");

            migrationBuilder.DropForeignKey(
                name: "FK_user_scopes_AspNetUsers_UserId",
                table: "user_scopes");

            // Idempotency records are kept: the table and its result column are renamed, not recreated.
            migrationBuilder.DropPrimaryKey(
                name: "PK_idempotency_records",
                table: "idempotency_records");

            migrationBuilder.RenameTable(
                name: "idempotency_records",
                newName: "platform_idempotency_records");

            migrationBuilder.RenameColumn(
                name: "AlertId",
                table: "platform_idempotency_records",
                newName: "ResultId");

            migrationBuilder.DropPrimaryKey(
                name: "PK_user_scopes",
                table: "user_scopes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_units",
                table: "units");

            migrationBuilder.DropPrimaryKey(
                name: "PK_sms_gateways",
                table: "sms_gateways");

            migrationBuilder.DropPrimaryKey(
                name: "PK_sites",
                table: "sites");

            migrationBuilder.DropPrimaryKey(
                name: "PK_site_unit_types",
                table: "site_unit_types");

            migrationBuilder.DropPrimaryKey(
                name: "PK_site_deployments",
                table: "site_deployments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_site_contributors",
                table: "site_contributors");

            migrationBuilder.DropPrimaryKey(
                name: "PK_response_targets",
                table: "response_targets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_mission_strength",
                table: "mission_strength");

            migrationBuilder.DropPrimaryKey(
                name: "PK_member_states",
                table: "member_states");

            migrationBuilder.DropPrimaryKey(
                name: "PK_mandate_resolutions",
                table: "mandate_resolutions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_joc_notifications",
                table: "joc_notifications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_import_records",
                table: "import_records");

            migrationBuilder.DropPrimaryKey(
                name: "PK_audit_entries",
                table: "audit_entries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetUserTokens",
                table: "AspNetUserTokens");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetUsers",
                table: "AspNetUsers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetUserRoles",
                table: "AspNetUserRoles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetUserLogins",
                table: "AspNetUserLogins");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetUserClaims",
                table: "AspNetUserClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetRoles",
                table: "AspNetRoles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AspNetRoleClaims",
                table: "AspNetRoleClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alert_responses",
                table: "alert_responses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alert_response_units",
                table: "alert_response_units");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alert_events",
                table: "alert_events");

            migrationBuilder.RenameTable(
                name: "user_scopes",
                newName: "platform_user_scopes");

            migrationBuilder.RenameTable(
                name: "units",
                newName: "missions_units");

            migrationBuilder.RenameTable(
                name: "sms_gateways",
                newName: "alerts_sms_gateways");

            migrationBuilder.RenameTable(
                name: "sites",
                newName: "missions_sites");

            migrationBuilder.RenameTable(
                name: "site_unit_types",
                newName: "missions_site_unit_types");

            migrationBuilder.RenameTable(
                name: "site_deployments",
                newName: "missions_site_deployments");

            migrationBuilder.RenameTable(
                name: "site_contributors",
                newName: "missions_site_contributors");

            migrationBuilder.RenameTable(
                name: "response_targets",
                newName: "alerts_response_targets");

            migrationBuilder.RenameTable(
                name: "mission_strength",
                newName: "missions_strength");

            migrationBuilder.RenameTable(
                name: "member_states",
                newName: "missions_member_states");

            migrationBuilder.RenameTable(
                name: "mandate_resolutions",
                newName: "missions_mandate_resolutions");

            migrationBuilder.RenameTable(
                name: "joc_notifications",
                newName: "alerts_joc_notifications");

            migrationBuilder.RenameTable(
                name: "import_records",
                newName: "missions_import_records");

            migrationBuilder.RenameTable(
                name: "audit_entries",
                newName: "platform_audit_entries");

            migrationBuilder.RenameTable(
                name: "AspNetUserTokens",
                newName: "platform_user_tokens");

            migrationBuilder.RenameTable(
                name: "AspNetUsers",
                newName: "platform_users");

            migrationBuilder.RenameTable(
                name: "AspNetUserRoles",
                newName: "platform_user_roles");

            migrationBuilder.RenameTable(
                name: "AspNetUserLogins",
                newName: "platform_user_logins");

            migrationBuilder.RenameTable(
                name: "AspNetUserClaims",
                newName: "platform_user_claims");

            migrationBuilder.RenameTable(
                name: "AspNetRoles",
                newName: "platform_roles");

            migrationBuilder.RenameTable(
                name: "AspNetRoleClaims",
                newName: "platform_role_claims");

            migrationBuilder.RenameTable(
                name: "alert_responses",
                newName: "alerts_responses");

            migrationBuilder.RenameTable(
                name: "alert_response_units",
                newName: "alerts_response_units");

            migrationBuilder.RenameTable(
                name: "alert_events",
                newName: "alerts_events");

            migrationBuilder.RenameIndex(
                name: "IX_user_scopes_UserId_Kind_Code",
                table: "platform_user_scopes",
                newName: "IX_platform_user_scopes_UserId_Kind_Code");

            migrationBuilder.RenameIndex(
                name: "IX_units_SiteId",
                table: "missions_units",
                newName: "IX_missions_units_SiteId");

            migrationBuilder.RenameIndex(
                name: "IX_units_MissionId",
                table: "missions_units",
                newName: "IX_missions_units_MissionId");

            migrationBuilder.RenameIndex(
                name: "IX_sms_gateways_SecretHash",
                table: "alerts_sms_gateways",
                newName: "IX_alerts_sms_gateways_SecretHash");

            migrationBuilder.RenameIndex(
                name: "IX_sites_PrioGridGid",
                table: "missions_sites",
                newName: "IX_missions_sites_PrioGridGid");

            migrationBuilder.RenameIndex(
                name: "IX_sites_MissionId_Name",
                table: "missions_sites",
                newName: "IX_missions_sites_MissionId_Name");

            migrationBuilder.RenameIndex(
                name: "IX_mandate_resolutions_MissionId_Symbol",
                table: "missions_mandate_resolutions",
                newName: "IX_missions_mandate_resolutions_MissionId_Symbol");

            migrationBuilder.RenameIndex(
                name: "IX_joc_notifications_MissionId_CreatedAt",
                table: "alerts_joc_notifications",
                newName: "IX_alerts_joc_notifications_MissionId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_joc_notifications_AlertId_Kind",
                table: "alerts_joc_notifications",
                newName: "IX_alerts_joc_notifications_AlertId_Kind");

            migrationBuilder.RenameIndex(
                name: "IX_import_records_Source_Sha256",
                table: "missions_import_records",
                newName: "IX_missions_import_records_Source_Sha256");

            migrationBuilder.RenameIndex(
                name: "IX_audit_entries_EntityType_EntityId",
                table: "platform_audit_entries",
                newName: "IX_platform_audit_entries_EntityType_EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_audit_entries_At",
                table: "platform_audit_entries",
                newName: "IX_platform_audit_entries_At");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "platform_user_roles",
                newName: "IX_platform_user_roles_RoleId");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "platform_user_logins",
                newName: "IX_platform_user_logins_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "platform_user_claims",
                newName: "IX_platform_user_claims_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "platform_role_claims",
                newName: "IX_platform_role_claims_RoleId");

            migrationBuilder.RenameIndex(
                name: "IX_alert_responses_AlertId",
                table: "alerts_responses",
                newName: "IX_alerts_responses_AlertId");

            migrationBuilder.RenameIndex(
                name: "IX_alert_response_units_UnitId",
                table: "alerts_response_units",
                newName: "IX_alerts_response_units_UnitId");

            migrationBuilder.RenameIndex(
                name: "IX_alert_events_AlertId_Sequence",
                table: "alerts_events",
                newName: "IX_alerts_events_AlertId_Sequence");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_user_scopes",
                table: "platform_user_scopes",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_units",
                table: "missions_units",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alerts_sms_gateways",
                table: "alerts_sms_gateways",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_sites",
                table: "missions_sites",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_site_unit_types",
                table: "missions_site_unit_types",
                columns: new[] { "SiteId", "Year", "Ordinal" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_site_deployments",
                table: "missions_site_deployments",
                columns: new[] { "SiteId", "Year", "Ordinal" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_site_contributors",
                table: "missions_site_contributors",
                columns: new[] { "SiteId", "Year", "SourceName" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_alerts_response_targets",
                table: "alerts_response_targets",
                columns: new[] { "MissionId", "Severity" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_strength",
                table: "missions_strength",
                columns: new[] { "MissionId", "Month" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_member_states",
                table: "missions_member_states",
                column: "Iso2");

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_mandate_resolutions",
                table: "missions_mandate_resolutions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alerts_joc_notifications",
                table: "alerts_joc_notifications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_missions_import_records",
                table: "missions_import_records",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_audit_entries",
                table: "platform_audit_entries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_user_tokens",
                table: "platform_user_tokens",
                columns: new[] { "UserId", "LoginProvider", "Name" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_users",
                table: "platform_users",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_user_roles",
                table: "platform_user_roles",
                columns: new[] { "UserId", "RoleId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_user_logins",
                table: "platform_user_logins",
                columns: new[] { "LoginProvider", "ProviderKey" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_user_claims",
                table: "platform_user_claims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_roles",
                table: "platform_roles",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_role_claims",
                table: "platform_role_claims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alerts_responses",
                table: "alerts_responses",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alerts_response_units",
                table: "alerts_response_units",
                columns: new[] { "ResponseId", "UnitId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_alerts_events",
                table: "alerts_events",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_idempotency_records",
                table: "platform_idempotency_records",
                columns: new[] { "Scope", "Key" });

            migrationBuilder.AddForeignKey(
                name: "FK_alerts_events_alerts_AlertId",
                table: "alerts_events",
                column: "AlertId",
                principalTable: "alerts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_alerts_response_units_alerts_responses_ResponseId",
                table: "alerts_response_units",
                column: "ResponseId",
                principalTable: "alerts_responses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_alerts_responses_alerts_AlertId",
                table: "alerts_responses",
                column: "AlertId",
                principalTable: "alerts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_mandate_resolutions_missions_MissionId",
                table: "missions_mandate_resolutions",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_site_contributors_missions_sites_SiteId",
                table: "missions_site_contributors",
                column: "SiteId",
                principalTable: "missions_sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_site_deployments_missions_sites_SiteId",
                table: "missions_site_deployments",
                column: "SiteId",
                principalTable: "missions_sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_site_unit_types_missions_sites_SiteId",
                table: "missions_site_unit_types",
                column: "SiteId",
                principalTable: "missions_sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_sites_missions_MissionId",
                table: "missions_sites",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_strength_missions_MissionId",
                table: "missions_strength",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_units_missions_MissionId",
                table: "missions_units",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_missions_units_missions_sites_SiteId",
                table: "missions_units",
                column: "SiteId",
                principalTable: "missions_sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_role_claims_platform_roles_RoleId",
                table: "platform_role_claims",
                column: "RoleId",
                principalTable: "platform_roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_claims_platform_users_UserId",
                table: "platform_user_claims",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_logins_platform_users_UserId",
                table: "platform_user_logins",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_roles_platform_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId",
                principalTable: "platform_roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_roles_platform_users_UserId",
                table: "platform_user_roles",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_scopes_platform_users_UserId",
                table: "platform_user_scopes",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_tokens_platform_users_UserId",
                table: "platform_user_tokens",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_alerts_events_alerts_AlertId",
                table: "alerts_events");

            migrationBuilder.DropForeignKey(
                name: "FK_alerts_response_units_alerts_responses_ResponseId",
                table: "alerts_response_units");

            migrationBuilder.DropForeignKey(
                name: "FK_alerts_responses_alerts_AlertId",
                table: "alerts_responses");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_mandate_resolutions_missions_MissionId",
                table: "missions_mandate_resolutions");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_site_contributors_missions_sites_SiteId",
                table: "missions_site_contributors");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_site_deployments_missions_sites_SiteId",
                table: "missions_site_deployments");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_site_unit_types_missions_sites_SiteId",
                table: "missions_site_unit_types");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_sites_missions_MissionId",
                table: "missions_sites");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_strength_missions_MissionId",
                table: "missions_strength");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_units_missions_MissionId",
                table: "missions_units");

            migrationBuilder.DropForeignKey(
                name: "FK_missions_units_missions_sites_SiteId",
                table: "missions_units");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_role_claims_platform_roles_RoleId",
                table: "platform_role_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_claims_platform_users_UserId",
                table: "platform_user_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_logins_platform_users_UserId",
                table: "platform_user_logins");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_roles_platform_roles_RoleId",
                table: "platform_user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_roles_platform_users_UserId",
                table: "platform_user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_scopes_platform_users_UserId",
                table: "platform_user_scopes");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_tokens_platform_users_UserId",
                table: "platform_user_tokens");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_idempotency_records",
                table: "platform_idempotency_records");

            migrationBuilder.RenameColumn(
                name: "ResultId",
                table: "platform_idempotency_records",
                newName: "AlertId");

            migrationBuilder.RenameTable(
                name: "platform_idempotency_records",
                newName: "idempotency_records");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_users",
                table: "platform_users");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_user_tokens",
                table: "platform_user_tokens");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_user_scopes",
                table: "platform_user_scopes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_user_roles",
                table: "platform_user_roles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_user_logins",
                table: "platform_user_logins");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_user_claims",
                table: "platform_user_claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_roles",
                table: "platform_roles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_role_claims",
                table: "platform_role_claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_audit_entries",
                table: "platform_audit_entries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_units",
                table: "missions_units");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_strength",
                table: "missions_strength");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_sites",
                table: "missions_sites");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_site_unit_types",
                table: "missions_site_unit_types");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_site_deployments",
                table: "missions_site_deployments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_site_contributors",
                table: "missions_site_contributors");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_member_states",
                table: "missions_member_states");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_mandate_resolutions",
                table: "missions_mandate_resolutions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_missions_import_records",
                table: "missions_import_records");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alerts_sms_gateways",
                table: "alerts_sms_gateways");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alerts_responses",
                table: "alerts_responses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alerts_response_units",
                table: "alerts_response_units");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alerts_response_targets",
                table: "alerts_response_targets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alerts_joc_notifications",
                table: "alerts_joc_notifications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_alerts_events",
                table: "alerts_events");

            migrationBuilder.RenameTable(
                name: "platform_users",
                newName: "AspNetUsers");

            migrationBuilder.RenameTable(
                name: "platform_user_tokens",
                newName: "AspNetUserTokens");

            migrationBuilder.RenameTable(
                name: "platform_user_scopes",
                newName: "user_scopes");

            migrationBuilder.RenameTable(
                name: "platform_user_roles",
                newName: "AspNetUserRoles");

            migrationBuilder.RenameTable(
                name: "platform_user_logins",
                newName: "AspNetUserLogins");

            migrationBuilder.RenameTable(
                name: "platform_user_claims",
                newName: "AspNetUserClaims");

            migrationBuilder.RenameTable(
                name: "platform_roles",
                newName: "AspNetRoles");

            migrationBuilder.RenameTable(
                name: "platform_role_claims",
                newName: "AspNetRoleClaims");

            migrationBuilder.RenameTable(
                name: "platform_audit_entries",
                newName: "audit_entries");

            migrationBuilder.RenameTable(
                name: "missions_units",
                newName: "units");

            migrationBuilder.RenameTable(
                name: "missions_strength",
                newName: "mission_strength");

            migrationBuilder.RenameTable(
                name: "missions_sites",
                newName: "sites");

            migrationBuilder.RenameTable(
                name: "missions_site_unit_types",
                newName: "site_unit_types");

            migrationBuilder.RenameTable(
                name: "missions_site_deployments",
                newName: "site_deployments");

            migrationBuilder.RenameTable(
                name: "missions_site_contributors",
                newName: "site_contributors");

            migrationBuilder.RenameTable(
                name: "missions_member_states",
                newName: "member_states");

            migrationBuilder.RenameTable(
                name: "missions_mandate_resolutions",
                newName: "mandate_resolutions");

            migrationBuilder.RenameTable(
                name: "missions_import_records",
                newName: "import_records");

            migrationBuilder.RenameTable(
                name: "alerts_sms_gateways",
                newName: "sms_gateways");

            migrationBuilder.RenameTable(
                name: "alerts_responses",
                newName: "alert_responses");

            migrationBuilder.RenameTable(
                name: "alerts_response_units",
                newName: "alert_response_units");

            migrationBuilder.RenameTable(
                name: "alerts_response_targets",
                newName: "response_targets");

            migrationBuilder.RenameTable(
                name: "alerts_joc_notifications",
                newName: "joc_notifications");

            migrationBuilder.RenameTable(
                name: "alerts_events",
                newName: "alert_events");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_scopes_UserId_Kind_Code",
                table: "user_scopes",
                newName: "IX_user_scopes_UserId_Kind_Code");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "AspNetUserRoles",
                newName: "IX_AspNetUserRoles_RoleId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_logins_UserId",
                table: "AspNetUserLogins",
                newName: "IX_AspNetUserLogins_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_claims_UserId",
                table: "AspNetUserClaims",
                newName: "IX_AspNetUserClaims_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "AspNetRoleClaims",
                newName: "IX_AspNetRoleClaims_RoleId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_audit_entries_EntityType_EntityId",
                table: "audit_entries",
                newName: "IX_audit_entries_EntityType_EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_audit_entries_At",
                table: "audit_entries",
                newName: "IX_audit_entries_At");

            migrationBuilder.RenameIndex(
                name: "IX_missions_units_SiteId",
                table: "units",
                newName: "IX_units_SiteId");

            migrationBuilder.RenameIndex(
                name: "IX_missions_units_MissionId",
                table: "units",
                newName: "IX_units_MissionId");

            migrationBuilder.RenameIndex(
                name: "IX_missions_sites_PrioGridGid",
                table: "sites",
                newName: "IX_sites_PrioGridGid");

            migrationBuilder.RenameIndex(
                name: "IX_missions_sites_MissionId_Name",
                table: "sites",
                newName: "IX_sites_MissionId_Name");

            migrationBuilder.RenameIndex(
                name: "IX_missions_mandate_resolutions_MissionId_Symbol",
                table: "mandate_resolutions",
                newName: "IX_mandate_resolutions_MissionId_Symbol");

            migrationBuilder.RenameIndex(
                name: "IX_missions_import_records_Source_Sha256",
                table: "import_records",
                newName: "IX_import_records_Source_Sha256");

            migrationBuilder.RenameIndex(
                name: "IX_alerts_sms_gateways_SecretHash",
                table: "sms_gateways",
                newName: "IX_sms_gateways_SecretHash");

            migrationBuilder.RenameIndex(
                name: "IX_alerts_responses_AlertId",
                table: "alert_responses",
                newName: "IX_alert_responses_AlertId");

            migrationBuilder.RenameIndex(
                name: "IX_alerts_response_units_UnitId",
                table: "alert_response_units",
                newName: "IX_alert_response_units_UnitId");

            migrationBuilder.RenameIndex(
                name: "IX_alerts_joc_notifications_MissionId_CreatedAt",
                table: "joc_notifications",
                newName: "IX_joc_notifications_MissionId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_alerts_joc_notifications_AlertId_Kind",
                table: "joc_notifications",
                newName: "IX_joc_notifications_AlertId_Kind");

            migrationBuilder.RenameIndex(
                name: "IX_alerts_events_AlertId_Sequence",
                table: "alert_events",
                newName: "IX_alert_events_AlertId_Sequence");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetUsers",
                table: "AspNetUsers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetUserTokens",
                table: "AspNetUserTokens",
                columns: new[] { "UserId", "LoginProvider", "Name" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_user_scopes",
                table: "user_scopes",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetUserRoles",
                table: "AspNetUserRoles",
                columns: new[] { "UserId", "RoleId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetUserLogins",
                table: "AspNetUserLogins",
                columns: new[] { "LoginProvider", "ProviderKey" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetUserClaims",
                table: "AspNetUserClaims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetRoles",
                table: "AspNetRoles",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AspNetRoleClaims",
                table: "AspNetRoleClaims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_audit_entries",
                table: "audit_entries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_units",
                table: "units",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_mission_strength",
                table: "mission_strength",
                columns: new[] { "MissionId", "Month" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_sites",
                table: "sites",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_site_unit_types",
                table: "site_unit_types",
                columns: new[] { "SiteId", "Year", "Ordinal" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_site_deployments",
                table: "site_deployments",
                columns: new[] { "SiteId", "Year", "Ordinal" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_site_contributors",
                table: "site_contributors",
                columns: new[] { "SiteId", "Year", "SourceName" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_member_states",
                table: "member_states",
                column: "Iso2");

            migrationBuilder.AddPrimaryKey(
                name: "PK_mandate_resolutions",
                table: "mandate_resolutions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_import_records",
                table: "import_records",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_sms_gateways",
                table: "sms_gateways",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alert_responses",
                table: "alert_responses",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alert_response_units",
                table: "alert_response_units",
                columns: new[] { "ResponseId", "UnitId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_response_targets",
                table: "response_targets",
                columns: new[] { "MissionId", "Severity" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_joc_notifications",
                table: "joc_notifications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_alert_events",
                table: "alert_events",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_idempotency_records",
                table: "idempotency_records",
                columns: new[] { "Scope", "Key" });

            migrationBuilder.AddForeignKey(
                name: "FK_alert_events_alerts_AlertId",
                table: "alert_events",
                column: "AlertId",
                principalTable: "alerts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_alert_response_units_alert_responses_ResponseId",
                table: "alert_response_units",
                column: "ResponseId",
                principalTable: "alert_responses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_alert_responses_alerts_AlertId",
                table: "alert_responses",
                column: "AlertId",
                principalTable: "alerts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_alerts_missions_MissionId",
                table: "alerts",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId",
                principalTable: "AspNetRoles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                table: "AspNetUserClaims",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                table: "AspNetUserLogins",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId",
                principalTable: "AspNetRoles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                table: "AspNetUserRoles",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                table: "AspNetUserTokens",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_mandate_resolutions_missions_MissionId",
                table: "mandate_resolutions",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_mission_strength_missions_MissionId",
                table: "mission_strength",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_site_contributors_sites_SiteId",
                table: "site_contributors",
                column: "SiteId",
                principalTable: "sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_site_deployments_sites_SiteId",
                table: "site_deployments",
                column: "SiteId",
                principalTable: "sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_site_unit_types_sites_SiteId",
                table: "site_unit_types",
                column: "SiteId",
                principalTable: "sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_sites_missions_MissionId",
                table: "sites",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_units_missions_MissionId",
                table: "units",
                column: "MissionId",
                principalTable: "missions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_units_sites_SiteId",
                table: "units",
                column: "SiteId",
                principalTable: "sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_user_scopes_AspNetUsers_UserId",
                table: "user_scopes",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
