using System.Globalization;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;
using Bluehelm.Platform.Maps;
using Microsoft.AspNetCore.Authorization;
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
    private MarkUnitOnSceneHandler OnSceneHandler { get; set; } = null!;

    [Inject]
    private UnitTaskings Taskings { get; set; } = null!;

    [Inject]
    private AlertIntake Intake { get; set; } = null!;

    [Inject]
    private IMissionDirectory Missions { get; set; } = null!;

    [Inject]
    private BluehelmDbContext Db { get; set; } = null!;

    [Inject]
    private NavigationManager Nav { get; set; } = null!;

    [Inject]
    private Incidents.Contracts.IVerifiedIncidents Incidents { get; set; } = null!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = null!;

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

    [SupplyParameterFromForm(FormName = "false-alarm")]
    private TransitionForm? FalseAlarm { get; set; }

    [SupplyParameterFromForm(FormName = "on-scene")]
    private OnSceneForm? OnScene { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? Auth { get; set; }

    [CascadingParameter]
    private HttpContext? Http { get; set; }

    private AlertDetail? _alert;

    /// <summary>Nothing is drawn before the first load ends: not a "not found" flash, nor a panel reading at the same time.</summary>
    private bool _loaded;
    private bool _manage;
    private string? _message;
    /// <summary>How many of the nearest units the picker shows at least before "All other units".</summary>
    private const int NearestShown = 10;

    /// <summary>The nearest ten, and every other unit as near as the tenth (a site's units stay together).</summary>
    private int _shown;

    private IReadOnlyList<DispatchCandidate> _candidates = [];
    private IReadOnlyList<Guid> _myUnits = [];
    private List<ResponseDto> _mine = [];
    private IReadOnlyDictionary<Guid, Person> _people = new Dictionary<Guid, Person>();
    private List<AlertSummary> _duplicates = [];
    private List<ResponseDto> _reportable = [];
    private IReadOnlyList<SiteRef> _sites = [];
    private string? _country;

    /// <summary>The event a resolved alert was verified into, and whether this user may verify it (JOC officer or POC adviser of its mission).</summary>
    private Guid? _incidentEvent;
    private bool _mayVerify;

    protected override async Task OnInitializedAsync()
    {
        Transition ??= new();
        Dispatch ??= new();
        Merge ??= new();
        Outcome ??= new();
        FalseAlarm ??= new();
        OnScene ??= new();
        await LoadAsync();
        _loaded = true;
    }

    private async Task LoadAsync()
    {
        var user = (await Auth!).User;
        _alert = await Queries.GetAsync(user, Id, CancellationToken.None);
        if (_alert is null)
        {
            // Not found and not yours read alike (404), so nobody learns that an alert exists.
            Status(StatusCodes.Status404NotFound);
            return;
        }

        _manage = AlertAccess.MayManage(user, _alert.Mission);
        if (_alert.Status == AlertStatus.Resolved)
        {
            _incidentEvent = await Incidents.EventOfAlertAsync(_alert.Id, CancellationToken.None);
            _mayVerify = user.HasMissionScope(_alert.Mission) && (await Authorization.AuthorizeAsync(user, Bluehelm.Modules.Incidents.IncidentsPolicies.Verify)).Succeeded;
        }
        var mission = await Missions.FindAsync(_alert.Mission, CancellationToken.None);
        var mine = user.UnitScopes();
        _myUnits = user.IsInRole(Roles.Commander) ? mine : [];
        _reportable = [.. _alert.Responses.Where(r => _manage || r.Units.Any(u => mine.Contains(u.Id)))];
        _mine = [.. _alert.Responses.Where(r => r.Units.Any(u => _myUnits.Contains(u.Id)))];
        _people = await Db.PeopleAsync(
            _alert.Timeline.Select(e => e.ActorUserId).Concat(_alert.Responses.SelectMany(r => r.NoteHistory).Select(n => n.ActorUserId)).OfType<Guid>(),
            CancellationToken.None);
        if (_manage && mission is not null)
        {
            _candidates = await Taskings.CandidatesAsync(mission.Id, _alert.Latitude, _alert.Longitude, CancellationToken.None);
            _shown = Math.Min(NearestShown, _candidates.Count);
            while (_shown > 0 && _shown < _candidates.Count && _candidates[_shown].DistanceKm is { } next && next == _candidates[_shown - 1].DistanceKm)
            {
                _shown++;
            }
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

    /// <summary>A false alarm closes the alert for good: the page asks why, and the reason goes into its history.</summary>
    private async Task FalseAlarmAsync()
    {
        var user = (await Auth!).User;
        await Done(string.IsNullOrWhiteSpace(FalseAlarm!.Reason)
            ? CommandError.ReasonRequired
            : await StatusHandler.HandleAsync(user, Actor(user), new ChangeAlertStatus(Id, AlertStatus.FalseAlarm, FalseAlarm.Reason, FalseAlarm.Version), CancellationToken.None));
    }

    /// <summary>A merge closes this alert into another: the page asks why.</summary>
    private async Task MergeAsync()
    {
        var user = (await Auth!).User;
        await Done(string.IsNullOrWhiteSpace(Merge!.Reason)
            ? CommandError.ReasonRequired
            : await MergeHandler.HandleAsync(user, Actor(user), new MergeAlert(Id, Merge.Into, Merge.Reason), CancellationToken.None));
    }

    private async Task OnSceneAsync()
    {
        var user = (await Auth!).User;
        await Done(await OnSceneHandler.HandleAsync(user, Actor(user), new MarkUnitOnScene(Id, OnScene!.ResponseId), CancellationToken.None));
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
        Status(error switch
        {
            CommandError.NotFound => StatusCodes.Status404NotFound,
            CommandError.Forbidden => StatusCodes.Status403Forbidden,
            CommandError.Conflict or CommandError.IllegalTransition or CommandError.ResponseClosed => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        });

        await LoadAsync();
    }

    /// <summary>
    /// Answers with an error status but keeps this page, inside the layout with its message. The
    /// status is set as the response starts: Blazor drops the whole body of a page whose status
    /// changes while it renders (it leaves that body to the bare status-code pages).
    /// </summary>
    private void Status(int code)
    {
        if (Http is { } http)
        {
            http.Response.OnStarting(() =>
            {
                http.Response.StatusCode = code;
                return Task.CompletedTask;
            });
        }
    }

    /// <summary>A response of the commander's units that may still be marked on scene.</summary>
    private bool Pending(ResponseDto r) =>
        r.OnSceneAt is null && r.Outcome is null && _alert?.Status is AlertStatus.Dispatched or AlertStatus.OnScene;

    /// <summary>Coded notes (channel, outcome) are shown in the reader's language; free text as written.</summary>
    private string NoteText(TimelineEntry e) => e.Kind switch
    {
        AlertEventKind.Received when AlertCsv.ParseEnum<AlertChannel>(e.Note) is { } channel => A.Label(channel),
        AlertEventKind.ResponseUpdated when AlertCsv.ParseEnum<ResponseOutcome>(e.Note) is { } outcome => A.Label(outcome),
        _ => e.Note ?? "",
    };

    /// <summary>What the note of an entry is, in the reader's language.</summary>
    private string NoteField(AlertEventKind kind) => kind switch
    {
        AlertEventKind.Received => A["timeline.channel"],
        AlertEventKind.StatusChanged or AlertEventKind.DuplicateMerged => A["timeline.reason"],
        AlertEventKind.ResponseAdded or AlertEventKind.UnitOnScene => A["timeline.units"],
        AlertEventKind.ResponseUpdated => A["timeline.outcome"],
        _ => A["timeline.note"],
    };

    /// <summary>
    /// A person as "Amina Yakité (JOC officer)" in the reader's language, from the user id the entry
    /// keeps; the stored actor (an e-mail for users) is shown only for gateways and imports, which have no user.
    /// </summary>
    private string Who(Guid? userId, string actor)
    {
        if (userId is { } id && _people.TryGetValue(id, out var person))
        {
            var roles = string.Join(", ", person.Roles.Select(r => T["role." + r].Value));
            return roles.Length == 0 ? person.DisplayName : $"{person.DisplayName} ({roles})";
        }

        return actor == "system" ? A["timeline.system"] : actor.Contains('@', StringComparison.Ordinal) ? actor.Split('@')[0] : actor;
    }

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

        public string? Reason { get; set; }
    }

    private sealed class OnSceneForm
    {
        public Guid ResponseId { get; set; }
    }

    private sealed class OutcomeForm
    {
        public Guid ResponseId { get; set; }

        public ResponseOutcome Outcome { get; set; } = ResponseOutcome.CiviliansProtected;

        public string? Notes { get; set; }
    }
}
