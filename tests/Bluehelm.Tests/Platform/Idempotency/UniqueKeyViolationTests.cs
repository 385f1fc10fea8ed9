using Bluehelm.Platform.Idempotency;
using Microsoft.Data.Sqlite;

namespace Bluehelm.Tests.Platform.Idempotency;

public sealed class UniqueKeyViolationTests
{
    private static SqliteException Fail(string statement)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var setup = connection.CreateCommand();
        setup.CommandText = "PRAGMA foreign_keys=ON; CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE); " +
                            "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER NOT NULL REFERENCES p(id)); INSERT INTO p VALUES (1, 'a');";
        setup.ExecuteNonQuery();
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        return Should.Throw<SqliteException>(() => command.ExecuteNonQuery());
    }

    [Theory]
    [InlineData("INSERT INTO p VALUES (2, 'a')")]
    [InlineData("INSERT INTO p VALUES (1, 'b')")]
    public void Is_SqliteUniqueOrPrimaryKey_IsTrueDirectlyAndWrapped(string statement)
    {
        var error = Fail(statement);

        UniqueKeyViolation.Is(error).ShouldBeTrue();
        UniqueKeyViolation.Is(new Microsoft.EntityFrameworkCore.DbUpdateException("wrapped", error)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("INSERT INTO p VALUES (2, NULL)")]
    [InlineData("INSERT INTO c VALUES (1, 99)")]
    public void Is_SqliteNotNullOrForeignKey_IsFalse(string statement)
    {
        var error = Fail(statement);

        UniqueKeyViolation.Is(error).ShouldBeFalse();
        UniqueKeyViolation.Is(new Microsoft.EntityFrameworkCore.DbUpdateException("wrapped", error)).ShouldBeFalse();
    }

    [Fact]
    public void Is_OtherExceptions_IsFalse()
    {
        UniqueKeyViolation.Is(new InvalidOperationException("x", new TimeoutException())).ShouldBeFalse();
        UniqueKeyViolation.Is(null).ShouldBeFalse();
    }
}
