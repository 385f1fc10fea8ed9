using System.Security.Cryptography;

namespace Bluehelm.Tests.Platform;

/// <summary>
/// The reference data in data/reference must stay byte-identical to its public sources: every file
/// named in SHA256SUMS exists and has that hash, and no data file sits there unlisted.
/// </summary>
public sealed class ReferenceDataFilesTests
{
    private static readonly string[] NotData = ["README.md", "SHA256SUMS", ".gitattributes"];

    [Fact]
    public void ReferenceData_EveryListedFile_ExistsAndMatchesItsHash()
    {
        var listed = ReadSums();
        listed.Count.ShouldBe(8);

        var problems = new List<string>();
        foreach (var (name, expected) in listed)
        {
            var path = Path.Combine(RepoPaths.ReferenceData, name);
            if (!File.Exists(path))
            {
                problems.Add(name + ": missing");
                continue;
            }

            using var stream = File.OpenRead(path);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (actual != expected)
            {
                problems.Add($"{name}: sha256 {actual}, expected {expected}");
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void ReferenceData_EveryDataFile_IsListed()
    {
        var listed = ReadSums().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var unlisted = Directory.EnumerateFiles(RepoPaths.ReferenceData)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !NotData.Contains(name, StringComparer.Ordinal) && !listed.Contains(name))
            .ToList();

        unlisted.ShouldBeEmpty();
    }

    /// <summary>Reads the <c>sha256sum</c> output: one "HASH  NAME" line per file.</summary>
    private static List<(string Name, string Sha256)> ReadSums()
    {
        var sums = new List<(string Name, string Sha256)>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.ReferenceData, "SHA256SUMS")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ', 2);
            parts.Length.ShouldBe(2, line);
            parts[0].Length.ShouldBe(64, line);
            // "NAME" for text mode, "*NAME" for binary mode: sha256sum writes either after the space.
            var name = parts[1].TrimStart(' ', '*');
            sums.Add((name, parts[0].ToLowerInvariant()));
        }

        return sums;
    }
}
