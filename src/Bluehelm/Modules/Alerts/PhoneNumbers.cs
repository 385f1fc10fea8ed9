namespace Bluehelm.Modules.Alerts;

/// <summary>Phone numbers as gateways send them (+236 72 00 00 00, 0023672000000) reduced to one form.</summary>
internal static class PhoneNumbers
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var text = phone.Trim();
        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.Length == 0)
        {
            return null;
        }

        if (text.StartsWith('+'))
        {
            return "+" + digits;
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            // "00" alone (or "0000") is no international number: "+" would match every such sender.
            return digits.Length > 2 ? "+" + digits[2..] : null;
        }

        return digits;
    }
}
