using Bluehelm.Cli;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// A host whose every save of a reporter's reply loses its race for the alert's version (while
/// <see cref="ReplyConflicts"/> is on), as it would under a flood of parallel replies: the bounded
/// retries of the SMS webhook are then exhausted on every request, which real parallel requests
/// cannot make happen on demand.
/// </summary>
public sealed class SmsBusyApp : BluehelmApp
{
    public string GatewaySecret { get; private set; } = "";

    public AlwaysConflictingReplies ReplyConflicts { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        (await CliApp.RunAsync(["gateway", "add", "--mission", "MINUSCA", "--name", "rapidpro-busy"], stdout, stderr, new StringReader(""), Settings)).ShouldBe(0, stderr.ToString());
        GatewaySecret = stdout.ToString().Split('\n').Single(l => l.StartsWith("Secret", StringComparison.Ordinal)).Split(": ", 2)[1].Trim();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(ReplyConflicts));
    }

    public sealed class AlwaysConflictingReplies : SaveChangesInterceptor
    {
        public volatile bool On;

        public int Conflicts;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (On && eventData.Context!.ChangeTracker.Entries<Bluehelm.Modules.Alerts.AlertEvent>()
                    .Any(e => e.State == EntityState.Added && e.Entity.Kind == Bluehelm.Modules.Alerts.AlertEventKind.ReporterReply))
            {
                Interlocked.Increment(ref Conflicts);
                throw new DbUpdateConcurrencyException("Simulated: another reply changed the alert first.");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}

public sealed class SmsBusyTests(SmsBusyApp app) : IClassFixture<SmsBusyApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> Post(string from, string text, string? id)
    {
        var fields = new Dictionary<string, string> { ["from"] = from, ["text"] = text };
        if (id is not null)
        {
            fields["id"] = id;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new("Bearer", app.GatewaySecret);
        return await app.CreateClient().SendAsync(request, Ct);
    }

    [Fact]
    public async Task Sms_ReplyWithIdLosingEveryRetry_Returns503WithRetryAfterAndTheResendIsStored()
    {
        var first = await Post("+23672999991", "Armed men entered the village at dawn", "busy-0");
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var alertId = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();

        app.ReplyConflicts.On = true;
        HttpResponseMessage busy;
        try
        {
            busy = await Post("+23672999991", "They are burning the houses now", "busy-1");
        }
        finally
        {
            app.ReplyConflicts.On = false;
        }

        busy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await busy.Content.ReadAsStringAsync(Ct));
        busy.Headers.RetryAfter.ShouldNotBeNull();
        (await Platform.AuthTests.Code(busy)).ShouldBe("sms-busy-retry");
        app.ReplyConflicts.Conflicts.ShouldBeGreaterThan(1);

        // The gateway resends the same message with the same id: stored once, as a reply.
        var resend = await Post("+23672999991", "They are burning the houses now", "busy-1");
        resend.StatusCode.ShouldBe(HttpStatusCode.OK, await resend.Content.ReadAsStringAsync(Ct));
        var r = await resend.Content.ReadFromJsonAsync<JsonElement>(Ct);
        r.GetProperty("alertId").GetGuid().ShouldBe(alertId);
        r.GetProperty("reply").GetBoolean().ShouldBeTrue();
        r.GetProperty("replayed").GetBoolean().ShouldBeFalse();
    }
}
