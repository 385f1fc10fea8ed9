namespace Bluehelm.Modules.Missions;

/// <summary>
/// Names and facts of current and recent missions that the data files do not carry (French names,
/// working languages, mandate). Missions not listed here are created from the data with their code.
/// </summary>
internal static class MissionCatalogue
{
    public sealed record Entry(
        string Code, string NameEn, string NameFr, string HostCountryIso2, string Languages, DateOnly Start, DateOnly? End,
        string Headquarters, double HqLatitude, double HqLongitude)
    {
        public Mission ToMission() => new()
        {
            Code = Code,
            NameEn = NameEn,
            NameFr = NameFr,
            HostCountryIso2 = HostCountryIso2,
            WorkingLanguages = Languages,
            StartDate = Start,
            EndDate = End,
            HeadquartersName = Headquarters,
            HeadquartersLatitude = HqLatitude,
            HeadquartersLongitude = HqLongitude,
        };
    }

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
            "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en Centrafrique", "CF", "fr,sg", new(2014, 4, 10), null, "Bangui", 4.3947, 18.5582),
        new("MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
            "Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo", "CD", "fr,ln,sw", new(2010, 7, 1), null, "Kinshasa", -4.3217, 15.3126),
        new("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali",
            "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali", "ML", "fr,bm", new(2013, 4, 25), new(2023, 12, 31), "Bamako", 12.6392, -8.0029),
        new("UNMISS", "United Nations Mission in South Sudan", "Mission des Nations Unies au Soudan du Sud", "SS", "en,ar", new(2011, 7, 9), null, "Juba", 4.8594, 31.5713),
        new("UNIFIL", "United Nations Interim Force in Lebanon", "Force intérimaire des Nations Unies au Liban", "LB", "ar,fr,en", new(1978, 3, 19), null, "Naqoura", 33.1181, 35.1394),
        new("UNISFA", "United Nations Interim Security Force for Abyei", "Force intérimaire de sécurité des Nations Unies pour Abyei", "SD", "en,ar", new(2011, 6, 27), null, "Abyei", 9.5950, 28.4367),
        new("MINURSO", "United Nations Mission for the Referendum in Western Sahara", "Mission des Nations Unies pour l'organisation d'un référendum au Sahara occidental", "EH", "ar,es,fr", new(1991, 4, 29), null, "Laayoune", 27.1536, -13.2033),
        new("UNFICYP", "United Nations Peacekeeping Force in Cyprus", "Force des Nations Unies chargée du maintien de la paix à Chypre", "CY", "el,tr,en", new(1964, 3, 4), null, "Nicosia", 35.1856, 33.3823),
        new("UNDOF", "United Nations Disengagement Observer Force", "Force des Nations Unies chargée d'observer le dégagement", "SY", "ar,en", new(1974, 5, 31), null, "Camp Faouar", 33.2667, 35.8500),
        new("UNMOGIP", "United Nations Military Observer Group in India and Pakistan", "Groupe d'observateurs militaires des Nations Unies dans l'Inde et le Pakistan", "IN", "en,ur,hi", new(1949, 1, 24), null, "Islamabad", 33.6844, 73.0479),
        new("UNMIK", "United Nations Interim Administration Mission in Kosovo", "Mission d'administration intérimaire des Nations Unies au Kosovo", "RS", "sq,sr,en", new(1999, 6, 10), null, "Pristina", 42.6629, 21.1655),
        new("UNTSO", "United Nations Truce Supervision Organization", "Organisme des Nations Unies chargé de la surveillance de la trêve", "IL", "ar,he,en", new(1948, 5, 29), null, "Jerusalem", 31.7683, 35.2137),
        new("MONUC", "United Nations Organization Mission in the Democratic Republic of the Congo", "Mission de l'Organisation des Nations Unies en République démocratique du Congo", "CD", "fr", new(1999, 11, 30), new(2010, 6, 30), "Kinshasa", -4.3217, 15.3126),
        new("UNOCI", "United Nations Operation in Côte d'Ivoire", "Opération des Nations Unies en Côte d'Ivoire", "CI", "fr", new(2004, 4, 4), new(2017, 6, 30), "Abidjan", 5.3600, -4.0083),
        new("MINUSTAH", "United Nations Stabilization Mission in Haiti", "Mission des Nations Unies pour la stabilisation en Haïti", "HT", "fr,ht", new(2004, 6, 1), new(2017, 10, 15), "Port-au-Prince", 18.5944, -72.3074),
        new("UNAMID", "African Union-United Nations Hybrid Operation in Darfur", "Opération hybride Union africaine-Nations Unies au Darfour", "SD", "ar,en", new(2007, 7, 31), new(2020, 12, 31), "El Fasher", 13.6290, 25.3494),
        new("UNMIL", "United Nations Mission in Liberia", "Mission des Nations Unies au Libéria", "LR", "en", new(2003, 9, 19), new(2018, 3, 30), "Monrovia", 6.3156, -10.8074),
    ];

    public static Entry? Find(string code) =>
        All.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));
}
