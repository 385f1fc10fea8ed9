using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Tests.Incidents;

public sealed class AcledHxlRegistrationTests
{
    [Fact]
    public void AddIncidentsServices_Readers_IncludeAcledAndHxl()
    {
        using var services = new ServiceCollection().AddIncidentsServices().BuildServiceProvider();

        var readers = services.GetServices<IEventFileReader>().ToDictionary(r => r.Format);

        readers["acled"].Source.ShouldBe(EventSource.Acled);
        readers["hxl"].Source.ShouldBe(EventSource.Hxl);
    }
}
