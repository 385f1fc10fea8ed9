using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Alerts;

/// <summary>Registration of the Alerts module (early warning and response).</summary>
public static class AlertsModule
{
    public static IServiceCollection AddAlertsModule(this IServiceCollection services)
    {
        return services.AddAlertsServices();
    }

    /// <summary>The background job that escalates overdue alerts (web host only).</summary>
    public static IServiceCollection AddAlertsJobs(this IServiceCollection services)
    {
        services.AddHostedService<EscalationJob>();
        return services;
    }

    /// <summary>Imports a CSV file as the command line's user (an administrator acting locally).</summary>
    public static Task<CsvImportResult> ImportCsvAsync(IServiceProvider scoped, string name, Stream content, string? mission, CancellationToken ct)
    {
        var local = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Platform.Identity.Roles.Admin)], "cli", System.Security.Claims.ClaimTypes.Name, System.Security.Claims.ClaimTypes.Role));
        return scoped.GetRequiredService<AlertCsv>().ImportAsync(name, content, mission, local, new Actor(null, "cli:" + Environment.UserName), ct);
    }

    /// <summary>Runs the escalation once.</summary>
    public static Task<int> EscalateAsync(IServiceProvider scoped, CancellationToken ct) =>
        scoped.GetRequiredService<EscalateOverdueAlerts>().RunAsync(ct);

    /// <summary>Registers an SMS gateway for a mission; returns its secret, or null for an unknown mission.</summary>
    public static async Task<string?> AddGatewayAsync(IServiceProvider scoped, string missionCode, string name, CancellationToken ct)
    {
        var mission = await scoped.GetRequiredService<Missions.Contracts.IMissionDirectory>().FindAsync(missionCode, ct);
        if (mission is null)
        {
            return null;
        }

        var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var db = scoped.GetRequiredService<Platform.Data.BluehelmDbContext>();
        db.Add(new SmsGateway { MissionId = mission.Id, Name = name.Trim(), SecretHash = SmsIntake.HashSecret(secret) });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    public static RouteGroupBuilder MapAlertsModule(this RouteGroupBuilder api)
    {
        AlertsApi.Map(api);
        ResponseTargetsApi.Map(api);
        return api;
    }
}
