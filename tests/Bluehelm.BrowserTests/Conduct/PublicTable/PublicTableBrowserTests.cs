namespace Bluehelm.BrowserTests.Conduct.PublicTable;

/// <summary>The table of allegations' upload page, clicked through in Chromium by the administrator, in French and English.</summary>
public sealed class PublicTableBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static string Table => Path.Combine(RepoPaths.ReferenceData, "un-conduct-table-of-allegations-2024-07.xlsx");

    [Fact]
    public async Task ImportPage_AdminUploadsTheTableInFrenchThenEnglish_ShowsTheCountsAndTheHistory()
    {
        var fr = await app.NewPage("fr-FR");
        await MissionsBrowserTests.SignIn(fr, BluehelmApp.AdminEmail);
        await fr.GotoAsync("/conduct/import");
        await Assertions.Expect(fr.Locator("h1")).ToHaveTextAsync("Importer le tableau des allégations de l'ONU");
        await fr.Locator("#file").SetInputFilesAsync(Table);
        await fr.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();

        await Assertions.Expect(fr.Locator(".ok[role=status]")).ToContainTextAsync("753 inchangées");
        await Assertions.Expect(fr.Locator("table.conduct-imports tbody tr")).Not.ToHaveCountAsync(0);
        Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(fr)).ShouldBeEmpty();
        await BrowserApp.Screenshot(fr, "conduct-import-fr");

        var en = await app.NewPage();
        await MissionsBrowserTests.SignIn(en, BluehelmApp.AdminEmail);
        await en.GotoAsync("/conduct/import");
        await en.Locator("#file").SetInputFilesAsync(Table);
        await en.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Assertions.Expect(en.Locator(".ok[role=status]")).ToContainTextAsync("0 allegations added, 0 updated, 753 unchanged.");
        await BrowserApp.Screenshot(en, "conduct-import-en");
    }
}
