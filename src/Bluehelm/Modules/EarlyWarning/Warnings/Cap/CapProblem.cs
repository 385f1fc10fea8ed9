namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>One reason a CAP document was refused, where the reader found it (1-based; 0 when unknown).</summary>
public sealed record CapProblem(int Line, int Position, string Message);
