using Bluehelm.Modules.EarlyWarning.Warnings;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.Tests.Warnings;

public sealed class CapWriterTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 7, 2, 0, 789, TimeSpan.Zero));

    private static WarningIssuer Issuer(FakeTimeProvider clock) =>
        new(Options.Create(new WarningsOptions { Sender = "early-warning@minusca.example" }), clock);

    [Theory]
    [InlineData(CapScope.Public)]
    [InlineData(CapScope.Restricted)]
    [InlineData(CapScope.Private)]
    public void Issue_AlertUpdateCancel_EachValidAgainstTheSchema(CapScope scope)
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var warning = CapFixtures.Sample(scope);
        var issuer = Issuer(clock);
        var actor = new WarningActor(Guid.NewGuid(), "approver");
        var messages = new List<WarningMessage> { issuer.Issue(warning, CapMsgType.Alert, actor) };
        clock.Advance(TimeSpan.FromHours(1));
        messages.Add(issuer.Issue(warning, CapMsgType.Update, actor));
        clock.Advance(TimeSpan.FromHours(1));
        messages.Add(issuer.Issue(warning, CapMsgType.Cancel, actor, "Threat over"));

        foreach (var m in messages)
        {
            CapFixtures.SchemaErrors(m.Xml).ShouldBeEmpty(m.MsgType + ":\n" + m.Xml);
            var root = CapFixtures.Root(m.Xml);
            root.Element(CapFixtures.Cap("msgType"))!.Value.ShouldBe(m.MsgType.ToString());
            root.Element(CapFixtures.Cap("scope"))!.Value.ShouldBe(scope.ToString());
            root.Elements(CapFixtures.Cap("info")).Select(i => i.Element(CapFixtures.Cap("language"))!.Value).ShouldBe(["en-US", "fr-FR"]);
        }

        var restriction = CapFixtures.Root(messages[0].Xml).Element(CapFixtures.Cap("restriction"));
        (restriction is not null).ShouldBe(scope == CapScope.Restricted);
        (CapFixtures.Root(messages[0].Xml).Element(CapFixtures.Cap("addresses"))?.Value).ShouldBe(scope == CapScope.Private ? "MINUSCA" : null);
    }

    [Fact]
    public void Issue_UpdateThenCancel_ReferenceEveryEarlierMessage()
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var warning = CapFixtures.Sample();
        var issuer = Issuer(clock);
        var actor = new WarningActor(Guid.NewGuid(), "approver");
        var alert = issuer.Issue(warning, CapMsgType.Alert, actor);
        clock.Advance(TimeSpan.FromMinutes(30));
        var update = issuer.Issue(warning, CapMsgType.Update, actor);
        clock.Advance(TimeSpan.FromMinutes(30));
        var cancel = issuer.Issue(warning, CapMsgType.Cancel, actor);

        string? References(WarningMessage m) => CapFixtures.Root(m.Xml).Element(CapFixtures.Cap("references"))?.Value;
        References(alert).ShouldBeNull();
        References(update).ShouldBe($"early-warning@minusca.example,{alert.Identifier},2026-12-01T07:02:00+00:00");
        References(cancel).ShouldBe($"early-warning@minusca.example,{alert.Identifier},2026-12-01T07:02:00+00:00 early-warning@minusca.example,{update.Identifier},2026-12-01T07:32:00+00:00");
        new[] { alert.Identifier, update.Identifier, cancel.Identifier }.Distinct().Count().ShouldBe(3);
        alert.Identifier.ShouldStartWith("bluehelm:minusca.example:");
    }

    [Fact]
    public void Write_TimesAndArea_InCapForm()
    {
        var warning = CapFixtures.Sample();
        var xml = Issuer(new FakeTimeProvider(Clock.GetUtcNow())).Issue(warning, CapMsgType.Alert, new WarningActor(null, "x")).Xml;
        var root = CapFixtures.Root(xml);
        root.Element(CapFixtures.Cap("sent"))!.Value.ShouldBe("2026-12-01T07:02:00+00:00");
        var info = root.Element(CapFixtures.Cap("info"))!;
        info.Element(CapFixtures.Cap("onset"))!.Value.ShouldBe("2026-12-01T07:02:00+00:00");
        info.Element(CapFixtures.Cap("expires"))!.Value.ShouldBe("2026-12-03T07:00:00+00:00");
        var area = info.Element(CapFixtures.Cap("area"))!;
        var polygon = area.Element(CapFixtures.Cap("polygon"))!.Value.Split(' ');
        polygon[0].ShouldBe(polygon[^1]);
        area.Element(CapFixtures.Cap("circle"))!.Value.ShouldBe("5.76,20.67 12.5");
        info.Element(CapFixtures.Cap("description"))!.Value.ShouldBe(warning.DescriptionEn);
        root.Elements(CapFixtures.Cap("info")).Last().Element(CapFixtures.Cap("event"))!.Value.ShouldBe("Protection des civils : Attaque contre des civils");
        xml.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    }
}
