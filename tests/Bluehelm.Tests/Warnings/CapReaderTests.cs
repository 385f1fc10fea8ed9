using System.Net;
using System.Net.Sockets;
using System.Text;
using Bluehelm.Modules.EarlyWarning.Warnings;

namespace Bluehelm.Tests.Warnings;

public sealed class CapReaderTests
{
    [Fact]
    public void Read_TwoInfoBlocksAndSeveralAreas_ReadsFirstInfoAndPolygonCentre()
    {
        var read = CapReader.Read(CapFixtures.Bytes("multi-info-area.xml"));

        read.Code.ShouldBeNull(string.Join("\n", read.Problems));
        var cap = read.Document!;
        cap.Identifier.ShouldBe("CF-DGPC-2026-1187");
        cap.Sender.ShouldBe("alertes@protection-civile.example.cf");
        cap.Sent.ShouldBe(new DateTimeOffset(2026, 11, 26, 5, 40, 0, TimeSpan.Zero));
        cap.InfoCount.ShouldBe(2);
        cap.AreaCount.ShouldBe(4);
        cap.Language.ShouldBe("fr-FR");
        cap.Headline.ShouldBe("Menace d'attaque contre des civils autour de Bambari");
        cap.Latitude!.Value.ShouldBe(5.75, 1e-9);
        cap.Longitude!.Value.ShouldBe(20.675, 1e-9);
        cap.Threat.ShouldBe("attack-on-civilians");
        cap.Signed.ShouldBeFalse();
    }

    [Fact]
    public void Read_EnvelopedSignature_AcceptedAndMarkedSigned()
    {
        var read = CapReader.Read(CapFixtures.Bytes("signed.xml"));

        read.Code.ShouldBeNull(string.Join("\n", read.Problems));
        read.Document!.Signed.ShouldBeTrue();
        read.Document.Sender.ShouldBe("cap@meteo.example.td");
    }

    [Fact]
    public void Read_Iso88591Declared_AccentsDecoded()
    {
        var bytes = CapFixtures.Bytes("latin1.xml");
        bytes.ShouldContain((byte)0xE9, "the fixture really is ISO-8859-1 (é as one byte)");

        var read = CapReader.Read(bytes);

        read.Code.ShouldBeNull(string.Join("\n", read.Problems));
        read.Document!.Headline.ShouldBe("Arrivée de déplacés à Bouar après des exactions à Niem-Yéléwa");
        read.Text!.ShouldContain("Préfecture de la Nana-Mambéré");
        read.Document.Latitude.ShouldBe(5.9342);
    }

    [Fact]
    public void Read_InvalidCap_EveryReasonWithItsLine()
    {
        var read = CapReader.Read(CapFixtures.Bytes("invalid.xml"));

        read.Code.ShouldBe("invalid-cap");
        read.Document.ShouldBeNull();
        read.Problems.Count.ShouldBeGreaterThanOrEqualTo(3);
        read.Problems.ShouldAllBe(p => p.Line > 0 && p.Position > 0);
        read.Problems.ShouldContain(p => p.Line == 6, "the sent time with Z");
        read.Problems.ShouldContain(p => p.Line == 8, "msgType Warning");
        read.Problems.ShouldContain(p => p.Line == 9, "info where scope is required");
    }

    [Theory]
    [InlineData("billion-laughs.xml")]
    [InlineData("xxe-file.xml")]
    [InlineData("xxe-http.xml")]
    [InlineData("external-dtd.xml")]
    public void Read_DocumentWithDtd_RefusedAsDtdProhibited(string file)
    {
        var read = CapReader.Read(CapFixtures.Bytes(file));

        read.Code.ShouldBe("dtd-prohibited");
        read.Document.ShouldBeNull();
        var problem = read.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Position).ShouldBe((2, 1));
    }

    [Fact]
    public async Task Read_ExternalEntitiesToAListeningServerAndALocalFile_NeitherIsRead()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var secret = Path.Combine(Path.GetTempPath(), "bluehelm-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(secret, "SECRET-MARKER-4711", TestContext.Current.CancellationToken);
        try
        {
            var documents = new[]
            {
                $"<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"http://127.0.0.1:{port}/x\">]><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>",
                $"<?xml version=\"1.0\"?><!DOCTYPE alert SYSTEM \"http://127.0.0.1:{port}/cap.dtd\"><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"/>",
                $"<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"{new Uri(secret).AbsoluteUri}\">]><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>",
                $"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"{new Uri(secret).AbsoluteUri}\" parse=\"text\"/></alert>",
                $"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x http://127.0.0.1:{port}/x.xsd\"/>",
            };

            foreach (var doc in documents)
            {
                var read = CapReader.Read(Encoding.UTF8.GetBytes(doc));
                read.Document.ShouldBeNull(doc);
                string.Join(" ", read.Problems.Select(p => p.Message)).ShouldNotContain("SECRET-MARKER");
            }

            // Nothing ever connected to the listener.
            listener.Pending().ShouldBeFalse();
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_LargerThanOneMegabyte_RefusedBeforeParsing()
    {
        var big = Encoding.UTF8.GetBytes("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><note>" + new string('a', CapReader.MaxBytes) + "</note></alert>");

        CapReader.Read(big).Code.ShouldBe("too-large");
    }

    [Fact]
    public void Read_NotCapRoot_InvalidCap()
    {
        var read = CapReader.Read(Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"));

        read.Code.ShouldBe("invalid-cap");
        read.Problems.ShouldHaveSingleItem().Line.ShouldBe(1);
    }

    [Fact]
    public void Read_OwnIssuedMessage_RoundTrips()
    {
        var warning = CapFixtures.Sample();
        var issuer = new WarningIssuer(Microsoft.Extensions.Options.Options.Create(new WarningsOptions()), TimeProvider.System);
        var xml = issuer.Issue(warning, CapMsgType.Alert, new WarningActor(null, "x")).Xml;

        var read = CapReader.Read(Encoding.UTF8.GetBytes(xml));

        read.Code.ShouldBeNull(string.Join("\n", read.Problems));
        read.Document!.Threat.ShouldBe("attack-on-civilians");
        read.Document.InfoCount.ShouldBe(2);
        read.Document.Sender.ShouldBe("early-warning@bluehelm.local");
    }
}
