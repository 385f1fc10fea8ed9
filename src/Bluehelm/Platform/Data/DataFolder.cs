using System.Collections.Concurrent;

namespace Bluehelm.Platform.Data;

/// <summary>
/// The data folder holds names, phone numbers, password hashes and the key ring: on Unix only the
/// account Bluehelm runs as may read it (folders 0700, files 0600), whatever the umask.
/// </summary>
internal static class DataFolder
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly ConcurrentDictionary<string, bool> Restricted = new(StringComparer.Ordinal);

    /// <summary>Creates the folder owner-only, or makes an existing one owner-only.</summary>
    public static void EnsurePrivate(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        Restrict(new DirectoryInfo(folder), OwnerOnlyFolder);
    }

    /// <summary>
    /// Makes an SQLite database and its companions (<c>-wal</c>, <c>-shm</c>, <c>-journal</c>) owner-only,
    /// once per file and process; SQLite creates later companions with the database file's mode.
    /// </summary>
    public static void RestrictSqliteFiles(string? databaseFile)
    {
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(databaseFile) || !Path.IsPathRooted(databaseFile) || !Restricted.TryAdd(databaseFile, true))
        {
            return;
        }

        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            var file = new FileInfo(databaseFile + suffix);
            if (file.Exists)
            {
                Restrict(file, OwnerOnlyFile);
            }
        }
    }

    private static void Restrict(FileSystemInfo entry, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            if ((entry.UnixFileMode & ~mode) != 0)
            {
                entry.UnixFileMode &= mode;
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Not ours to change (a folder an administrator prepared): leave it as it is.
        }
    }
}
