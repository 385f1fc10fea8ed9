using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Localization;
using Bluehelm.Platform.Sealing;
using Microsoft.AspNetCore.Http;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// One lifecycle act on a case (a use case per file under <c>Commands/</c>): the stages it may run
/// in, its own checks of its fields, and what it changes. <see cref="CaseCommands"/> runs every one
/// the same way: access, stage, version, then one save.
/// </summary>
internal abstract record CaseCommand
{
    /// <summary>The <see cref="ConductCase.Version"/> the caller read; another is a 409.</summary>
    public int Version { get; init; }

    /// <summary>The stages the act may run in; any other is a 409 <c>wrong-stage</c>.</summary>
    public abstract IReadOnlySet<CaseStage> Stages { get; }

    /// <summary>Field checks that need no case (codes keyed by camelCase field).</summary>
    public abstract void Check(FieldErrors errors, DateOnly today);

    /// <summary>Applies the act; returns a 409 code when the case's state refuses it (beyond its stage).</summary>
    public abstract string? Apply(ConductCase c, CommandContext context);

    protected static readonly IReadOnlySet<CaseStage> Open = new HashSet<CaseStage>
    {
        CaseStage.Received, CaseStage.Assessment, CaseStage.Referred, CaseStage.Investigation, CaseStage.Findings,
    };
}

/// <summary>What an act may use besides the case: today, the settings, the sealer, who acts.</summary>
internal sealed record CommandContext(DateOnly Today, ConductOptions Options, ISealer Sealer, ClaimsPrincipal User);

/// <summary>Field errors as stable codes (the API's <c>errors</c>; the pages show <c>error.&lt;code&gt;</c>).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _all = new(StringComparer.Ordinal);

    public int Count => _all.Count;

    public void Add(string field, string code)
    {
        if (!_all.TryGetValue(field, out var codes))
        {
            _all[field] = codes = [];
        }

        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    public IEnumerable<(string Field, string Code)> All => _all.SelectMany(kv => kv.Value.Select(c => (kv.Key, c)));

    public Dictionary<string, string[]> ToDictionary() => _all.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Short free text: trimmed, within <paramref name="max"/>, no control characters.</summary>
    public string? Text(string field, string? value, int max, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (required)
            {
                Add(field, "required");
            }

            return null;
        }

        if (text.Length > max)
        {
            Add(field, "too-long");
        }
        else if (text.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')))
        {
            Add(field, "control-character");
        }

        return text;
    }

    public void Defined<T>(string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, "invalid");
        }
    }

    public void NotFuture(string field, DateOnly? day, DateOnly today)
    {
        if (day > today)
        {
            Add(field, "future");
        }
    }

    public void InRange(string field, int count)
    {
        if (count is < 1 or > 10_000)
        {
            Add(field, "out-of-range");
        }
    }
}

/// <summary>Reads a page form's text fields into a command's typed values; a value that does not read is a field error.</summary>
internal sealed class FormReader(IFormCollection form, FieldErrors errors)
{
    public FieldErrors Errors => errors;

    public string? Text(string field) => form[field].FirstOrDefault();

    public bool Bool(string field) => form[field].Any(v => v is "true" or "on");

    public int Int(string field) => Text(field) is { Length: > 0 } s ? Numbers.TryParseCount(s, out var n) ? n : Invalid(field, 0) : 0;

    public Guid Id(string field) => Guid.TryParse(Text(field), out var g) ? g : Invalid(field, Guid.Empty);

    public DateOnly? Date(string field) =>
        Text(field) is not { Length: > 0 } s ? null
        : DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : Invalid<DateOnly?>(field, null);

    public T Enum<T>(string field)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(Text(field), ignoreCase: true, out var v) && System.Enum.IsDefined(v) ? v : Invalid(field, (T)(object)-1);

    private TValue Invalid<TValue>(string field, TValue value)
    {
        errors.Add(field, "invalid");
        return value;
    }
}
