using System.Reflection;
using NetArchTest.Rules;

namespace Bluehelm.Tests.Architecture;

/// <summary>
/// The boundary rule of docs/modules.md, checked on compiled code (NetArchTest reads every type's
/// fields, signatures and method bodies, lambdas and async bodies included): code under one
/// namespace may use another module only through that module's <c>Contracts</c> namespace.
/// </summary>
internal static class ModuleBoundaries
{
    /// <summary>Types under <paramref name="from"/> (in <paramref name="scanned"/>) that use a type of module <paramref name="module"/> outside its contracts.</summary>
    public static IReadOnlyList<string> Crossings(Assembly scanned, string from, Assembly owner, string module)
    {
        var forbidden = Types.InAssembly(owner).That().ResideInNamespace(module).GetTypes()
            .Where(t => !t.IsNested && !InNamespace(t, module + ".Contracts"))
            .Select(t => t.FullName!)
            .ToArray();
        if (forbidden.Length == 0)
        {
            return [];
        }

        var result = Types.InAssembly(scanned).That().ResideInNamespace(from).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames.Order(StringComparer.Ordinal)];
    }

    /// <summary>Types under <paramref name="from"/> that use anything under <paramref name="forbiddenNamespace"/>.</summary>
    public static IReadOnlyList<string> Uses(Assembly scanned, string from, string forbiddenNamespace)
    {
        var result = Types.InAssembly(scanned).That().ResideInNamespace(from).ShouldNot().HaveDependencyOn(forbiddenNamespace).GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames.Order(StringComparer.Ordinal)];
    }

    private static bool InNamespace(Type type, string ns) =>
        type.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));
}
