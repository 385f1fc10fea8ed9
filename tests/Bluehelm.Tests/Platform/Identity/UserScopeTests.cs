using Bluehelm.Platform.Identity;

namespace Bluehelm.Tests.Platform.Identity;

public sealed class UserScopeTests
{
    [Theory]
    [InlineData("mission:MINUSCA", ScopeKind.Mission, "MINUSCA")]
    [InlineData("mission:minusca", ScopeKind.Mission, "MINUSCA")]
    [InlineData("state:sn", ScopeKind.MemberState, "SN")]
    public void TryParse_Valid_ReturnsKindAndCode(string text, ScopeKind kind, string code)
    {
        UserScope.TryParse(text, out var k, out var c).ShouldBeTrue();
        (k, c).ShouldBe((kind, code));
    }

    [Theory]
    [InlineData("MINUSCA")]
    [InlineData("mission:")]
    [InlineData("state:SEN")]
    [InlineData("country:SN")]
    public void TryParse_Invalid_ReturnsFalse(string text) => UserScope.TryParse(text, out _, out _).ShouldBeFalse();

    [Fact]
    public void NewPassword_Generated_MeetsEveryRule()
    {
        for (var i = 0; i < 50; i++)
        {
            var p = UserAdmin.NewPassword();
            p.Length.ShouldBe(20);
            p.Any(char.IsUpper).ShouldBeTrue();
            p.Any(char.IsLower).ShouldBeTrue();
            p.Any(char.IsDigit).ShouldBeTrue();
            p.Any(ch => !char.IsLetterOrDigit(ch)).ShouldBeTrue();
        }
    }
}
