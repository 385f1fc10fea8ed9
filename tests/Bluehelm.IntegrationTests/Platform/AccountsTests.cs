using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bluehelm.Cli;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>Sign-in must not tell who has an account, and a stranger must not be able to lock one.</summary>
public sealed partial class AccountsTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiLogin_UnknownEmailWrongPasswordLockedAccount_AnswerIdentically()
    {
        const string locked = "forcegen@demo.bluehelm.local";
        await LockAsync(locked);
        var client = app.ClientAt("10.0.1.1");

        var unknown = await Answer(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@nowhere.example", password = "Wrong-Password-1!" }, Ct));
        var wrong = await Answer(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "training@demo.bluehelm.local", password = "Wrong-Password-1!" }, Ct));
        var lockedOut = await Answer(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = locked, password = BluehelmApp.DemoPassword }, Ct));

        unknown.ShouldStartWith("401 ");
        unknown.ShouldContain("invalid-credentials");
        wrong.ShouldBe(unknown);
        lockedOut.ShouldBe(unknown);
    }

    [Fact]
    public async Task LoginPage_UnknownEmailWrongPasswordLockedAccount_AnswerIdentically()
    {
        const string locked = "conduct.minusca@demo.bluehelm.local";
        await LockAsync(locked);

        var unknown = await PageAnswer(app.ClientAt("10.0.2.1"), "nobody@nowhere.example", "Wrong-Password-1!");
        var wrong = await PageAnswer(app.ClientAt("10.0.2.2"), "training@demo.bluehelm.local", "Wrong-Password-1!");
        var lockedOut = await PageAnswer(app.ClientAt("10.0.2.3"), locked, BluehelmApp.DemoPassword);

        unknown.ShouldContain("Incorrect", Case.Insensitive);
        wrong.ShouldBe(unknown);
        lockedOut.ShouldBe(unknown);
    }

    [Fact]
    public async Task ApiLogin_StrangerFailsManyTimes_OwnerStillSignsInFromAnotherClient()
    {
        var email = BluehelmApp.AdminEmail;
        var stranger = app.ClientAt("10.0.3.66");
        for (var i = 0; i < 8; i++)
        {
            (await stranger.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-1!" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var owner = await app.ClientAt("10.0.3.1").PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.AdminPassword }, Ct);
        var strangerRight = await stranger.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.AdminPassword }, Ct);

        owner.StatusCode.ShouldBe(HttpStatusCode.OK);
        strangerRight.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "five failures from one client block that client for the account");
    }

    [Fact]
    public async Task UserUnlock_LockedAccount_SignsInAgain()
    {
        const string email = "delegation.sn@demo.bluehelm.local";
        await LockAsync(email);
        var client = app.ClientAt("10.0.4.1");
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.DemoPassword }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["user", "unlock", "--email", email], stdout, stderr, new StringReader(""), app.Settings);

        exit.ShouldBe(0, stderr.ToString());
        stdout.ToString().ShouldContain(email);
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.DemoPassword }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UserUnlock_UnknownEmail_FailsWithMessage()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["user", "unlock", "--email", "nobody@nowhere.example"], new StringWriter(), stderr, new StringReader(""), app.Settings);

        exit.ShouldBe(1);
        stderr.ToString().ShouldContain("nobody@nowhere.example");
    }

    /// <summary>Locks an account as the database would after failures from several clients.</summary>
    internal static async Task LockAsync(BluehelmApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BluehelmUser>>();
        var user = await users.FindByEmailAsync(email);
        (await users.SetLockoutEndDateAsync(user!, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(1))).Succeeded.ShouldBeTrue();
    }

    private Task LockAsync(string email) => LockAsync(app, email);

    /// <summary>Status, content type and body, without the per-request trace id.</summary>
    private static async Task<string> Answer(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
        body.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {body.ToJsonString()}";
    }

    private static async Task<string> PageAnswer(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login", Ct);
        var response = await client.PostAsync("/account/login", SignInForm.From(form, email, password), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        return $"{(int)response.StatusCode} {response.RequestMessage!.RequestUri!.AbsolutePath} {ErrorParagraph().Match(html).Value}";
    }

    [GeneratedRegex("<p class=\"error\"[^>]*>[^<]*</p>")]
    private static partial Regex ErrorParagraph();
}
