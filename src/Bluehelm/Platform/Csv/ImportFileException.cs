namespace Bluehelm.Platform.Csv;

/// <summary>A problem in an input file, located to the file and line, so the user can fix it.</summary>
public sealed class ImportFileException(string fileName, int line, string problem)
    : Exception($"{fileName}, line {line}: {problem}")
{
    public string FileName { get; } = fileName;

    /// <summary>1-based line number in the file (the header is line 1).</summary>
    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
