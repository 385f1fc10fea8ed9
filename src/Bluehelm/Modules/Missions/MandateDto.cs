namespace Bluehelm.Modules.Missions;

/// <summary>A mandate resolution with its protection-of-civilians tasks.</summary>
public sealed record MandateDto(string Symbol, DateOnly AdoptedOn, IReadOnlyList<string> PocTasksEn, IReadOnlyList<string> PocTasksFr);
