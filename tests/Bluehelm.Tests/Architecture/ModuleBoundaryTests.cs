using Bluehelm.Platform.Modules;

namespace Bluehelm.Tests.Architecture;

public sealed class ModuleBoundaryTests
{
    private static readonly System.Reflection.Assembly App = typeof(BluehelmModules).Assembly;

    public static TheoryData<string, string> ModulePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in BluehelmModules.All)
        {
            foreach (var to in BluehelmModules.All.Where(m => m != from))
            {
                data.Add(from.GetType().Namespace!, to.GetType().Namespace!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Module_UsesAnotherModule_OnlyThroughItsContracts(string from, string to) =>
        ModuleBoundaries.Crossings(App, from, App, to).ShouldBeEmpty($"{from} uses {to} outside {to}.Contracts");

    [Fact]
    public void Platform_AnyType_ReferencesNoModule() =>
        ModuleBoundaries.Uses(App, "Bluehelm.Platform", "Bluehelm.Modules").ShouldBeEmpty();

    [Fact]
    public void Modules_EntryType_IsTheOnlyOneInItsFolderAndNamedAfterIt()
    {
        foreach (var module in BluehelmModules.All)
        {
            var type = module.GetType();
            type.Namespace.ShouldStartWith("Bluehelm.Modules.");
            var folder = type.Namespace!["Bluehelm.Modules.".Length..];
            type.Name.ShouldBe(folder + "Module");
            module.Name.ShouldBe(folder.ToLowerInvariant());
            App.GetTypes().Count(t => t.IsSubclassOf(typeof(BluehelmModule)) && t.Namespace == type.Namespace).ShouldBe(1);
        }

        // Every module in the assembly is listed, so none is forgotten by the hosts.
        App.GetTypes().Where(t => t.IsSubclassOf(typeof(BluehelmModule)) && !t.IsAbstract)
            .ShouldBe(BluehelmModules.All.Select(m => m.GetType()), ignoreOrder: true);
    }

    [Fact]
    public void Crossings_DeliberateCrossingInSignatureLambdaAndAsyncBody_AreEachFound()
    {
        // Bluehelm.Tests.Architecture.Crossing stands for a module that reaches into Missions.
        var found = ModuleBoundaries.Crossings(typeof(ModuleBoundaryTests).Assembly, "Bluehelm.Tests.Architecture.Crossing", App, "Bluehelm.Modules.Missions");

        found.ShouldContain(typeof(Crossing.UsesMissionInSignature).FullName!);
        found.ShouldContain(typeof(Crossing.UsesSiteInLambda).FullName!);
        found.ShouldContain(typeof(Crossing.UsesUnitInAsyncBody).FullName!);
        found.ShouldNotContain(typeof(Crossing.UsesOnlyContracts).FullName!);
    }

    [Fact]
    public void Uses_DeliberatePlatformReferenceToAModule_IsFound() =>
        ModuleBoundaries.Uses(typeof(ModuleBoundaryTests).Assembly, "Bluehelm.Tests.Architecture.Crossing", "Bluehelm.Modules")
            .ShouldContain(typeof(Crossing.UsesMissionInSignature).FullName!);
}
