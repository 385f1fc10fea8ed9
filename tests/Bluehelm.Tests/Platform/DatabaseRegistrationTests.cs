using Bluehelm.Platform.Data;
using Npgsql;

namespace Bluehelm.Tests.Platform;

public sealed class DatabaseRegistrationTests
{
    [Fact]
    public void Postgres_connection_string_gets_auto_prepare_and_no_reset_by_default()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Username=bluehelm;Database=bluehelm"));

        (b.Host, b.Username, b.Database).ShouldBe(("db", "bluehelm", "bluehelm"));
        b.MaxAutoPrepare.ShouldBe(64);
        b.AutoPrepareMinUsages.ShouldBe(2);
        b.NoResetOnClose.ShouldBeTrue();
    }

    [Fact]
    public void Postgres_connection_string_keeps_what_the_operator_chose()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Max Auto Prepare=0;No Reset On Close=false"));

        b.MaxAutoPrepare.ShouldBe(0);
        b.NoResetOnClose.ShouldBeFalse();
    }
}
