using System.Globalization;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;
using CsCheck;
using CsvHelper;

namespace Bluehelm.Tests.Incidents;

/// <summary>Random events written in the current ACLED schema read back with every value they had.</summary>
public sealed class AcledRoundTripTests
{
    private static readonly string[] Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp".Split(',');

    private static readonly (string Type, string Sub, ThreatType Threat)[] Types =
    [
        ("Violence against civilians", "Attack", ThreatType.AttackOnCivilians),
        ("Violence against civilians", "Sexual violence", ThreatType.SexualViolence),
        ("Violence against civilians", "Abduction/forced disappearance", ThreatType.Abduction),
        ("Explosions/Remote violence", "Air/drone strike", ThreatType.ShellingOrExplosive),
        ("Battles", "Government regains territory", ThreatType.ArmedClashNearCivilians),
        ("Protests", "Peaceful protest", ThreatType.Other),
        ("Strategic developments", "Looting/property destruction", ThreatType.LootingOrDestruction),
        ("Strategic developments", "Arrests", ThreatType.Other),
    ];

    private static readonly (string Numeric, string Iso2)[] Countries = [("140", "CF"), ("180", "CD"), ("466", "ML"), ("728", "SS")];

    private static readonly string[] DateForms = ["yyyy-MM-dd", "d MMMM yyyy", "dd-MMMM-yyyy", "dd/MM/yyyy"];

    private static readonly Gen<string> Text = Gen.Char["abcdefXYZ éèçôœ’,;\"\n-()/'0123456789"].Array[0, 40].Select(c => new string(c).Trim());

    private static readonly Gen<Sample> Event =
        Gen.Select(
                Gen.Int[1, 999_999_999].Select(i => "CEN" + i.ToString(CultureInfo.InvariantCulture)),
                Gen.Int[new DateOnly(1997, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber].Select(DateOnly.FromDayNumber),
                Gen.Int[1, 3],
                Gen.Int[0, Types.Length - 1],
                Gen.Bool,
                Gen.Int[0, Countries.Length - 1],
                Gen.Double[-90, 90],
                Gen.Double[-180, 180])
            .SelectMany(t => Gen.Select(Text, Text, Text, Text, Text, Text, Gen.Int[0, 2000], Gen.Int[0, DateForms.Length - 1]),
                (t, u) => new Sample(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Rest.Item1, u.Item1, u.Item2, u.Item3, u.Item4, u.Item5, u.Item6, u.Item7, u.Rest.Item1));

    [Fact]
    public async Task ReadAsync_RandomEventsWrittenInCurrentSchema_ReadBackUnchanged()
    {
        await Gen.Int[1, 30].SelectMany(n => Event.Array[n]).SampleAsync(async samples =>
        {
            var ids = samples.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.Count != samples.Length)
            {
                return;
            }

            var (events, problems) = await AcledFixtures.ReadAsync(new AcledReader(), Write(samples), new EventFile("random.csv"));

            problems.First.ShouldBeEmpty();
            events.Count.ShouldBe(samples.Length);
            for (var i = 0; i < samples.Length; i++)
            {
                var (s, e) = (samples[i], events[i]);
                var (type, sub, threat) = Types[s.Type];
                (e.SourceId, e.RowNumber, e.DateStart, e.DateEnd).ShouldBe((s.Id, i + 1, s.Date, s.Date));
                e.DatePrecision.ShouldBe((DatePrecision)s.TimePrecision);
                (e.Latitude, e.Longitude, e.PrioGridGid).ShouldBe((s.Latitude, s.Longitude, Bluehelm.Platform.Geo.PrioGrid.CellOf(s.Latitude, s.Longitude)));
                (e.SourceType, e.SourceSubType, e.Threat, e.CivilianTargeting).ShouldBe((type, sub, s.CivilianTargeting && type == "Riots" ? ThreatType.AttackOnCivilians : threat, (bool?)s.CivilianTargeting));
                e.AgainstCivilians.ShouldBe(s.CivilianTargeting || type == "Violence against civilians");
                e.CountryIso2.ShouldBe(Countries[s.Country].Iso2);
                (e.Actor1, e.Actor2, e.Admin1, e.Admin2, e.Locality, e.Notes).ShouldBe((Null(s.Actor1), Null(s.Actor2), Null(s.Admin1), Null(s.Admin2), Null(s.Location), Null(s.Notes)));
                e.Fatalities.ShouldBe(s.Fatalities);
            }
        }, iter: 200, threads: 1);
    }

    private static string? Null(string text) => text.Length == 0 ? null : text;

    private static MemoryStream Write(Sample[] samples)
    {
        var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var s in samples)
            {
                var (type, sub, _) = Types[s.Type];
                var (numeric, _) = Countries[s.Country];
                string[] values =
                [
                    s.Id, s.Date.ToString(DateForms[s.DateForm], CultureInfo.InvariantCulture), s.Date.Year.ToString(CultureInfo.InvariantCulture),
                    s.TimePrecision.ToString(CultureInfo.InvariantCulture), "Political violence", type, sub, s.Actor1, "", "1", s.Actor2, "", "7", "17",
                    s.CivilianTargeting ? "Civilian targeting" : "", numeric, "Africa", "Somewhere", s.Admin1, s.Admin2, "", s.Location,
                    s.Latitude.ToString("R", CultureInfo.InvariantCulture), s.Longitude.ToString("R", CultureInfo.InvariantCulture), "1", "Source", "National",
                    s.Notes, s.Fatalities.ToString(CultureInfo.InvariantCulture), "", "1700000000",
                ];
                csv.WriteRecord(values);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private sealed record Sample(
        string Id, DateOnly Date, int TimePrecision, int Type, bool CivilianTargeting, int Country, double Latitude, double Longitude,
        string Actor1, string Actor2, string Admin1, string Admin2, string Location, string Notes, int Fatalities, int DateForm);
}
