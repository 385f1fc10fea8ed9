using Bluehelm.Platform.Data;
using Npgsql;

namespace Bluehelm.Tests.Platform.Data;

public sealed class DatabaseRegistrationTests
{
    [Fact]
    public void PostgresConnectionString_Defaults_GetAutoPrepareAndNoReset()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Username=bluehelm;Database=bluehelm"));

        (b.Host, b.Username, b.Database).ShouldBe(("db", "bluehelm", "bluehelm"));
        b.MaxAutoPrepare.ShouldBe(64);
        b.AutoPrepareMinUsages.ShouldBe(2);
        b.NoResetOnClose.ShouldBeTrue();
    }

    [Fact]
    public void PostgresConnectionString_OperatorSettings_AreKept()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Max Auto Prepare=0;No Reset On Close=false"));

        b.MaxAutoPrepare.ShouldBe(0);
        b.NoResetOnClose.ShouldBeFalse();
    }
}
