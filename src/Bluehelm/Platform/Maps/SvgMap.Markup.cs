using System.Globalization;
using System.Text;

namespace Bluehelm.Platform.Maps;

public static partial class SvgMap
{
    private static int Tenths(double pixels) => (int)Math.Round(pixels * 10, MidpointRounding.AwayFromZero);

    private static void AppendTenths(StringBuilder builder, int tenths)
    {
        if (tenths < 0)
        {
            builder.Append('-');
            tenths = -tenths;
        }

        builder.Append((tenths / 10).ToString(CultureInfo.InvariantCulture));
        var fraction = tenths % 10;
        if (fraction != 0)
        {
            builder.Append('.').Append((char)('0' + fraction));
        }
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    // XML 1.0 forbids control characters other than tab, line feed and carriage return.
                    if (c >= ' ' || c is '\t' or '\n' or '\r')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
