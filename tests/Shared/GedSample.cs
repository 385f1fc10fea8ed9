using System.Globalization;
using System.Text;

namespace Bluehelm.Testing;

/// <summary>
/// Writes a GED-shaped CSV (the UCDP GED 23.1 CSV header, all 49 columns) of seeded synthetic
/// events: points over Africa, dates 1989-2023, the three types of violence, source texts with
/// commas and quotes. Used by the import tests and <c>bench/</c> (which links this file).
/// </summary>
public static class GedSample
{
    public const string Header =
        "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name," +
        "side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date," +
        "source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid," +
        "country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";

    private static readonly (string Country, int Gw, double Lat, double Lon)[] Countries =
    [
        ("Central African Republic", 482, 6.6, 20.9), ("DR Congo (Zaire)", 490, -2.9, 23.6), ("Mali", 432, 16.0, -1.0),
        ("South Sudan", 626, 7.3, 30.0), ("Sudan", 625, 14.0, 29.0), ("Somalia", 520, 5.1, 45.3), ("Nigeria", 475, 9.6, 8.1),
        ("Burkina Faso", 439, 12.3, -1.6), ("Cameroon", 471, 5.7, 12.7), ("Ethiopia", 530, 8.6, 39.6),
    ];

    private static readonly string[] Sides = ["Government of Mali", "JNIM", "IS Sahel", "UPC", "3R", "MPC", "FPRC", "Anti-balaka", "ADF", "CODECO", "al-Shabaab", "Civilians"];

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>; returns the file's size in bytes.</summary>
    public static long Write(string path, int rows, int seed = 23, int firstId = 1)
    {
        var random = new Random(seed);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            var line = new StringBuilder(512);
            for (var i = 0; i < rows; i++)
            {
                line.Clear();
                Row(line, random, firstId + i);
                writer.WriteLine(line);
            }
        }

        return new FileInfo(path).Length;
    }

    /// <summary>One event row, as UCDP writes them.</summary>
    public static void Row(StringBuilder s, Random r, int id)
    {
        var c = Countries[r.Next(Countries.Length)];
        var type = r.Next(3) + 1;
        var lat = Math.Clamp(c.Lat + ((r.NextDouble() - 0.5) * 6), -34.9, 37.3);
        var lon = Math.Clamp(c.Lon + ((r.NextDouble() - 0.5) * 6), -17.5, 51.4);
        var start = new DateOnly(1989, 1, 1).AddDays(r.Next(12_775));
        var end = start.AddDays(r.Next(4) == 0 ? r.Next(30) : 0);
        var a = Sides[r.Next(Sides.Length)];
        var b = type == 3 ? "Civilians" : Sides[r.Next(Sides.Length)];
        var civilians = type == 3 ? r.Next(12) : r.Next(3);
        var da = r.Next(5);
        var db = r.Next(8);
        var best = da + db + civilians;
        var gid = ((int)Math.Floor((lat + 90) / 0.5) * 720) + (int)Math.Floor((lon + 180) / 0.5) + 1;
        var inv = CultureInfo.InvariantCulture;
        s.Append(id.ToString(inv)).Append(",0,").Append(start.Year.ToString(inv)).Append(",1,Clear,").Append(type.ToString(inv));
        s.Append(",314,314,\"").Append(c.Country).Append(": Government\",688,688,\"").Append(a).Append(" - ").Append(b).Append("\",");
        s.Append("90,90,").Append(a).Append(",488,488,").Append(b).Append(",2,");
        s.Append("\"Reuters ").Append(start.ToString("d/M-yy", inv)).Append("; \"\"AFP\"\", ").Append(start.ToString("dd MMM yyyy", inv)).Append("\",,,");
        s.Append(r.Next(4) == 0 ? "\"Attack near market, " + a + " blamed\"" : "").Append(',');
        s.Append("local official,").Append((r.Next(7) + 1).ToString(inv)).Append(",Village ").Append(r.Next(5000).ToString(inv)).Append(',');
        s.Append("\"Village ").Append(r.Next(5000).ToString(inv)).Append(", 12 km north of the town\",");
        s.Append("Prefecture ").Append(r.Next(20).ToString(inv)).Append(",Sub-prefecture ").Append(r.Next(80).ToString(inv)).Append(',');
        s.Append(lat.ToString("F6", inv)).Append(',').Append(lon.ToString("F6", inv));
        s.Append(",POINT (").Append(lon.ToString("F6", inv)).Append(' ').Append(lat.ToString("F6", inv)).Append("),").Append(gid.ToString(inv)).Append(',');
        s.Append(c.Country.Contains(',', StringComparison.Ordinal) ? "\"" + c.Country + "\"" : c.Country).Append(',').Append(c.Gw.ToString(inv)).Append(",Africa,1,");
        s.Append(end > start ? "4," : "1,").Append(start.ToString("yyyy-MM-dd", inv)).Append(" 00:00:00.000,").Append(end.ToString("yyyy-MM-dd", inv)).Append(" 00:00:00.000,");
        s.Append(da.ToString(inv)).Append(',').Append(db.ToString(inv)).Append(',').Append(civilians.ToString(inv)).Append(",0,");
        s.Append(best.ToString(inv)).Append(',').Append((best + r.Next(3)).ToString(inv)).Append(',').Append(best.ToString(inv)).Append(',').Append(c.Gw.ToString(inv)).Append(',');
    }
}
