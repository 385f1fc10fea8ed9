using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.EarlyWarning.Warnings;

namespace Bluehelm.Tests.Warnings;

public sealed class CapSeverityMapTests
{
    [Theory]
    [InlineData("Immediate", "Extreme", IntakeSeverity.Critical)]
    [InlineData("Expected", "Extreme", IntakeSeverity.Critical)]
    [InlineData("Future", "Extreme", IntakeSeverity.High)]
    [InlineData("Immediate", "Severe", IntakeSeverity.Critical)]
    [InlineData("Expected", "Severe", IntakeSeverity.High)]
    [InlineData("Past", "Severe", IntakeSeverity.Medium)]
    [InlineData("Immediate", "Moderate", IntakeSeverity.High)]
    [InlineData("Expected", "Moderate", IntakeSeverity.Medium)]
    [InlineData("Immediate", "Minor", IntakeSeverity.Medium)]
    [InlineData("Expected", "Minor", IntakeSeverity.Low)]
    [InlineData("Immediate", "Unknown", IntakeSeverity.High)]
    [InlineData("Unknown", "Unknown", IntakeSeverity.Medium)]
    [InlineData("garbage", "Severe", IntakeSeverity.Medium)]
    public void ToAlert_UrgencyAndSeverity_AsTheTable(string urgency, string severity, IntakeSeverity expected) =>
        CapSeverityMap.ToAlert(urgency, severity).ShouldBe(expected);
}
