using System.Globalization;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;
using Bluehelm.Platform.Maps;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts.Pages;

/// <summary>An alert with its timeline, responses and the acts the user may take on it.</summary>
public partial class AlertDetailPage
{
    [Inject]
    private AlertQueries Queries { get; set; } = null!;

    [Inject]
    private ChangeAlertStatusHandler StatusHandler { get; set; } = null!;

    [Inject]
    private DispatchUnitsHandler DispatchHandler { get; set; } = null!;

    [Inject]
    private MergeAlertHandler MergeHandler { get; set; } = null!;

    [Inject]
    private RecordOutcomeHandler OutcomeHandler { get; set; } = null!;

    [Inject]
    private AlertIntake Intake { get; set; } = null!;

    [Inject]
    private IMissionDirectory Missions { get; set; } = null!;

    [Inject]
    private BluehelmDbContext Db { get; set; } = null!;

    [Inject]
    private NavigationManager Nav { get; set; } = null!;


    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "transition")]
    private TransitionForm? Transition { get; set; }

    [SupplyParameterFromForm(FormName = "dispatch")]
    private DispatchForm? Dispatch { get; set; }

    [SupplyParameterFromForm(FormName = "merge")]
    private MergeForm? Merge { get; set; }

    [SupplyParameterFromForm(FormName = "outcome")]
    private OutcomeForm? Outcome { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? Auth { get; set; }

    [CascadingParameter]
    private HttpContext? Http { get; set; }

    private AlertDetail? _alert;
    private bool _manage;
    private string? _message;
    private IReadOnlyList<UnitRef> _units = [];
    private List<AlertSummary> _duplicates = [];
    private List<ResponseDto> _reportable = [];
    private IReadOnlyList<SiteRef> _sites = [];
    private string? _country;

    protected override async Task OnInitializedAsync()
    {
        Transition ??= new();
        Dispatch ??= new();
        Merge ??= new();
        Outcome ??= new();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var user = (await Auth!).User;
        _alert = await Queries.GetAsync(user, Id, CancellationToken.None);
        if (_alert is null)
        {
            if (Http is not null)
            {
                Http.Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return;
        }

        _manage = AlertAccess.MayManage(user, _alert.Mission);
        var mission = await Missions.FindAsync(_alert.Mission, CancellationToken.None);
        var mine = user.UnitScopes();
        _reportable = [.. _alert.Responses.Where(r => _manage || r.Units.Any(u => mine.Contains(u.Id)))];
        if (_manage && mission is not null)
        {
            _units = await Missions.UnitsAsync(mission.Id, CancellationToken.None);
            var entity = await Db.Set<Alert>().AsNoTracking().SingleAsync(x => x.Id == Id);
            var ids = (await Intake.PossibleDuplicatesAsync(entity, CancellationToken.None)).Select(d => d.Id).ToList();
            _duplicates = [.. await Queries.SummariesAsync(user, ids, DateTimeOffset.MinValue, CancellationToken.None)];
        }

        if (_alert.Latitude is not null && _alert.Longitude is not null && mission is not null)
        {
            _sites = await Missions.SitesAsync(mission.Id, CancellationToken.None);
            _country = mission.HostCountryIso2;
        }
    }

    private async Task TransitionAsync()
    {
        var user = (await Auth!).User;
        var error = Enum.TryParse<AlertStatus>(Transition!.To, out var to)
            ? await StatusHandler.HandleAsync(user, Actor(user), new ChangeAlertStatus(Id, to, Transition.Reason, Transition.Version), CancellationToken.None)
            : CommandError.IllegalTransition;
        await Done(error);
    }

    private async Task DispatchAsync()
    {
        var user = (await Auth!).User;
        var units = Http?.Request.HasFormContentType == true
            ? Http.Request.Form["units"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList()
            : [];
        var error = units.Count == 0
            ? CommandError.UnknownUnit
            : await DispatchHandler.HandleAsync(user, Actor(user), new DispatchUnits(Id, units, Dispatch!.Action, Dispatch.Notes), CancellationToken.None);
        await Done(error);
    }

    private async Task MergeAsync()
    {
        var user = (await Auth!).User;
        await Done(await MergeHandler.HandleAsync(user, Actor(user), new MergeAlert(Id, Merge!.Into, null), CancellationToken.None));
    }

    private async Task OutcomeAsync()
    {
        var user = (await Auth!).User;
        await Done(await OutcomeHandler.HandleAsync(user, Actor(user), new RecordOutcome(Id, Outcome!.ResponseId, Outcome.Outcome, Outcome.Notes), CancellationToken.None));
    }

    /// <summary>After a successful act the page reloads by GET, so a refresh never repeats it.</summary>
    private async Task Done(CommandError error)
    {
        if (error == CommandError.None)
        {
            Nav.NavigateTo($"/alerts/{Id}");
            return;
        }

        _message = A["command." + error.ToString().ToLowerInvariant()];
        if (Http is not null)
        {
            Http.Response.StatusCode = error switch
            {
                CommandError.NotFound => StatusCodes.Status404NotFound,
                CommandError.Forbidden => StatusCodes.Status403Forbidden,
                CommandError.Conflict or CommandError.IllegalTransition or CommandError.ResponseClosed => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
        }

        await LoadAsync();
    }

    /// <summary>Coded notes (channel, outcome) are shown in the reader's language; free text as written.</summary>
    private string NoteText(TimelineEntry e) => e.Kind switch
    {
        AlertEventKind.Received when AlertCsv.ParseEnum<AlertChannel>(e.Note) is { } channel => A.Label(channel),
        AlertEventKind.ResponseUpdated when AlertCsv.ParseEnum<ResponseOutcome>(e.Note) is { } outcome => A.Label(outcome),
        _ => e.Note ?? "",
    };

    private static Actor Actor(System.Security.Claims.ClaimsPrincipal user) => new(user.UserId(), user.Identity?.Name ?? "");

    private static string Utc(DateTimeOffset t) => When.Utc(t);

    private static string Count(int? n) => n?.ToString("N0", CultureInfo.CurrentCulture) ?? "–";

    private sealed class TransitionForm
    {
        public string? To { get; set; }

        public string? Reason { get; set; }

        public int? Version { get; set; }
    }

    private sealed class DispatchForm
    {
        public ResponseAction Action { get; set; } = ResponseAction.Patrol;

        public string? Notes { get; set; }
    }

    private sealed class MergeForm
    {
        public Guid Into { get; set; }
    }

    private sealed class OutcomeForm
    {
        public Guid ResponseId { get; set; }

        public ResponseOutcome Outcome { get; set; } = ResponseOutcome.CiviliansProtected;

        public string? Notes { get; set; }
    }
}
