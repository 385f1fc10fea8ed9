using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Platform.Http;

/// <summary>Data-annotation validation of request records; errors keyed by camelCase field with stable codes.</summary>
public static class Validation
{
    public static Dictionary<string, string[]> Check(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => r.MemberNames.Select(m => (Member: char.ToLowerInvariant(m[0]) + m[1..], Code: CodeOf(r))))
            .GroupBy(x => x.Member, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Code).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private static string CodeOf(ValidationResult result) =>
        result.ErrorMessage switch
        {
            { } m when m.Contains("required", StringComparison.OrdinalIgnoreCase) => "required",
            { } m when m.Contains("maximum length", StringComparison.OrdinalIgnoreCase) => "too-long",
            { } m when m.Contains("minimum length", StringComparison.OrdinalIgnoreCase) => "too-short",
            { } m when m.Contains("must be between", StringComparison.OrdinalIgnoreCase) => "out-of-range",
            _ => "invalid",
        };
}
