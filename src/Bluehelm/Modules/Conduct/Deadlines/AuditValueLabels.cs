using Bluehelm.Modules.Conduct.Data;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>
/// A value in the audit trail in the reader's language: a changed stage, finding or answer is stored
/// by its enum name ("Received"), and shown with the enum's label ("Reçu") when the changed field is
/// one of the Conduct model's enum properties. Other values are shown as recorded.
/// </summary>
internal sealed class AuditValueLabels(ConductDbContext db, IStringLocalizer<ConductText> text)
{
    public string? Label(string entityType, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var type = db.Model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == entityType)?.FindProperty(field)?.ClrType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type is { IsEnum: true } && text["enum." + type.Name + "." + value] is { ResourceNotFound: false } label ? label.Value : value;
    }
}
