using System.Globalization;
using System.Security.Cryptography;

namespace Bluehelm.Platform.Sealing;

internal sealed record LookupKey(int Number, byte[] Secret);

/// <summary>
/// The lookup (HMAC) keys in the sealing folder: <c>lookup-0001.key</c>, <c>lookup-0002.key</c>, ...
/// (32 random bytes each, owner-only). Created on first use; the highest number is current.
/// </summary>
internal sealed class LookupKeys(string folder)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<LookupKey>? _all;

    /// <summary>Every key, current (highest number) first.</summary>
    public IReadOnlyList<LookupKey> All
    {
        get
        {
            lock (_gate)
            {
                return _all ??= Load();
            }
        }
    }

    public LookupKey Current => All[0];

    public int Rotate()
    {
        lock (_gate)
        {
            var next = (Load().FirstOrDefault()?.Number ?? 0) + 1;
            Write(next);
            _all = Load();
            return next;
        }
    }

    private List<LookupKey> Load()
    {
        var keys = ReadAll();
        if (keys.Count == 0)
        {
            Write(1);
            keys = ReadAll();
        }

        return keys;
    }

    private List<LookupKey> ReadAll() =>
        [.. Directory.EnumerateFiles(folder, "lookup-*.key")
            .Select(path => (path, number: int.TryParse(Path.GetFileNameWithoutExtension(path)["lookup-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0))
            .Where(x => x.number > 0)
            .Select(x => new LookupKey(x.number, Convert.FromBase64String(File.ReadAllText(x.path).Trim())))
            .OrderByDescending(k => k.Number)];

    private void Write(int number)
    {
        var path = Path.Combine(folder, "lookup-" + number.ToString("D4", CultureInfo.InvariantCulture) + ".key");
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temp, System.Text.Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        // Two processes starting at once: the first key written wins, the other keeps it.
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}
