using System.Text.RegularExpressions;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>The sign-in page after a refusal: the typed password is not in the page, the errors are by their fields for screen readers.</summary>
public sealed partial class SignInPageTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WrongPassword_PageDoesNotSendThePasswordBack()
    {
        const string typed = "Wrong-Horse-Battery-7";
        using var client = app.CreateClient();
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), SignInForm.From(form, "joc.minusca@demo.bluehelm.local", typed), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Email or password is incorrect.");
        html.ShouldNotContain(typed);
        PasswordInput().Match(html).Value.ShouldNotContain("value=");
        // The address is kept, so only the password has to be typed again.
        EmailInput().Match(html).Value.ShouldContain("value=\"joc.minusca@demo.bluehelm.local\"");
        foreach (var input in new[] { EmailInput().Match(html).Value, PasswordInput().Match(html).Value })
        {
            input.ShouldContain("aria-invalid=\"true\"");
            input.ShouldContain("aria-describedby=\"login-error\"");
        }

        html.ShouldContain("id=\"login-error\"");
    }

    [Fact]
    public async Task SignIn_NoPassword_ErrorNextToThePasswordField()
    {
        using var client = app.CreateClient();
        await client.GetAsync(new Uri("/culture/fr?returnUrl=/", UriKind.Relative), Ct);
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), SignInForm.From(form, "joc.minusca@demo.bluehelm.local", ""), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        var password = PasswordInput().Match(html).Value;
        password.ShouldContain("aria-invalid=\"true\"");
        password.ShouldContain("aria-describedby=\"password-error\"");
        html.ShouldContain("<p class=\"field-error\" id=\"password-error\">Saisissez votre mot de passe.</p>");
        EmailInput().Match(html).Value.ShouldNotContain("aria-invalid");
        html.ShouldContain("role=\"alert\"");
    }

    [GeneratedRegex("<input[^>]*id=\"password\"[^>]*>")]
    private static partial Regex PasswordInput();

    [GeneratedRegex("<input[^>]*id=\"email\"[^>]*>")]
    private static partial Regex EmailInput();
}
