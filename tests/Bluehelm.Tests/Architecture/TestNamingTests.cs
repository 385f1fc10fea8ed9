using System.Text.RegularExpressions;

namespace Bluehelm.Tests.Architecture;

/// <summary>Every test is named <c>Method_Scenario_Expected</c>, e.g. <c>Raise_UnknownMission_Returns400</c>.</summary>
public sealed partial class TestNamingTests
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "artifacts"];

    [Fact]
    public void TestMethods_InEveryTestProject_AreNamedMethodScenarioExpected()
    {
        var tests = new List<(string Where, string Name)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => SkippedFolders.Contains(part, StringComparer.Ordinal)))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!TestAttribute().IsMatch(lines[i]))
                {
                    continue;
                }

                // The method follows its attributes ([InlineData], [MemberData], ...), which may span lines.
                var signature = lines.Skip(i + 1).Select((line, offset) => (Match: MethodSignature().Match(line), Line: i + 2 + offset)).FirstOrDefault(s => s.Match.Success);
                tests.Add(signature.Match is { Success: true } match
                    ? ($"{relative}:{signature.Line}", match.Groups["name"].Value)
                    : ($"{relative}:{i + 1}", "(no method found after the attribute)"));
            }
        }

        tests.ShouldNotBeEmpty();
        tests.Where(t => !MethodScenarioExpected().IsMatch(t.Name)).Select(t => $"{t.Where}: {t.Name}").ShouldBeEmpty();
    }

    [GeneratedRegex(@"^\s*\[(Fact|Theory)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^\s*(public|internal|private|protected)\s[^=;]*?\b(?<name>\w+)\s*\(")]
    private static partial Regex MethodSignature();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex MethodScenarioExpected();
}
