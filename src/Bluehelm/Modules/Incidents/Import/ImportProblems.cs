namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The problems found while reading a file. Keeps the first <see cref="Kept"/> for the report but
/// counts them all: a file with any problem is not imported at all.
/// </summary>
internal sealed class ImportProblems
{
    public const int Kept = 200;

    private readonly List<ImportProblem> _first = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportProblem> First => _first;

    /// <summary>True once a problem made the rest of the file unreadable (wrong format, truncated).</summary>
    public bool Fatal { get; private set; }

    public void Add(ImportProblem problem)
    {
        Count++;
        if (_first.Count < Kept)
        {
            _first.Add(problem);
        }
    }

    public void AddFatal(ImportProblem problem)
    {
        Add(problem);
        Fatal = true;
    }
}
