using System.Text.Json;
using Bluehelm.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Platform.Audit;

/// <summary>
/// The audit trail in the reader's language: actions, record types and field names from
/// <c>SharedText</c> (<c>audit.action.*</c>, <c>audit.type.*</c>, <c>audit.field.*</c>), the stored
/// identifier when a new one has no translation yet; people by their display name. Values stay as
/// recorded (they are data: a status, a number, an instant).
/// </summary>
public sealed class AuditLabels(IStringLocalizer<SharedText> text)
{
    /// <summary>One changed field of an update: its translated name, the old and new values (null when confidential), and the field's own name.</summary>
    public sealed record Change(string Field, string? Old, string? New, bool Confidential, string Name = "");

    public string Action(string action) => Lookup("audit.action." + action, action);

    public string Type(string entityType) => Lookup("audit.type." + entityType, entityType);

    public string Field(string field) => Lookup("audit.field." + field, field);

    /// <summary>Who acted: the display name of the account when it has one, else the system, the command line or nobody, in words.</summary>
    public string Actor(string actor, string? displayName) => actor switch
    {
        _ when !string.IsNullOrWhiteSpace(displayName) => displayName,
        "system" => text["audit.actor.system"],
        "anonymous" => text["audit.actor.anonymous"],
        _ when actor.StartsWith("cli:", StringComparison.Ordinal) => text["audit.actor.cli", actor["cli:".Length..]],
        _ => actor,
    };

    /// <summary>The fields of an update's details (<c>{"Field":{"old":..,"new":..}}</c>), or empty when the details are free text.</summary>
    public IReadOnlyList<Change> Changes(string? details)
    {
        if (details is not { Length: > 1 } || details[0] != '{')
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(details);
            return [.. json.RootElement.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.Object
                ? new Change(Field(p.Name), Text(p.Value, "old"), Text(p.Value, "new"), false, p.Name)
                : new Change(Field(p.Name), null, null, true, p.Name))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Free-text details (a read, an import) with the known phrases translated.</summary>
    public string? Details(string? details) => details switch
    {
        "reporter" => text["audit.read.reporter"],
        _ => details,
    };

    public string Empty => text["audit.empty"];

    public string Confidential => text["audit.confidential"];

    private static string? Text(JsonElement change, string name) =>
        change.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private string Lookup(string key, string fallback)
    {
        var found = text[key];
        return found.ResourceNotFound ? fallback : found.Value;
    }
}
