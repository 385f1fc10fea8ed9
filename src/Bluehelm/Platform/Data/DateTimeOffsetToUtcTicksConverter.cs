namespace Bluehelm.Platform.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks (SQLite only).</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
