using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bluehelm.Platform.Idempotency;

/// <summary>
/// Tells a unique-key violation (the only "lost race" of an idempotent insert) from every other
/// database error: SQLite's extended codes 2067 (SQLITE_CONSTRAINT_UNIQUE) and 1555
/// (SQLITE_CONSTRAINT_PRIMARYKEY), PostgreSQL's SqlState 23505. EF wraps the provider's exception in a
/// <c>DbUpdateException</c>; other paths throw it directly, so the whole inner chain is searched.
/// </summary>
internal static class UniqueKeyViolation
{
    public const int SqliteConstraintUnique = 2067;
    public const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey:
                    return true;
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.UniqueViolation:
                    return true;
            }
        }

        return false;
    }
}
