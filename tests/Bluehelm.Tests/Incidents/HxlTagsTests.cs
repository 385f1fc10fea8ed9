using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

public sealed class HxlTagsTests
{
    [Fact]
    public void TryParse_TextHeader_IsNotAHashtagRow() =>
        HxlTags.TryParse(["Date", "#geo+lat", "#geo+lon"]).ShouldBeNull();

    [Fact]
    public void TryParse_EmptyRow_IsNotAHashtagRow() => HxlTags.TryParse(["", " "]).ShouldBeNull();

    [Fact]
    public void Find_AttributesInAnyOrderAndCase_MatchThePattern()
    {
        var tags = HxlTags.TryParse(["#Affected +Civilians +Killed", "", "#affected+killed", "#adm1+code", "#ADM1+NAME"])!;

        tags.Find("#affected+killed-civilians").ShouldBe(2);
        tags.Find("#affected+killed+civilians").ShouldBe(0);
        tags.Find("#adm1+name").ShouldBe(4);
        tags.Find("#adm1-code").ShouldBe(4);
        tags.Find("#geo+lat").ShouldBe(-1);
        tags.Name(0).ShouldBe("#Affected +Civilians +Killed");
    }
}
