using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// A stable 64-bit hash (XxHash64, seed 0) of what a row says about its event, so a newer edition
/// of a dataset tells updated rows from unchanged ones. Left out: the ids and provenance of the
/// write (<see cref="ConflictEvent.Id"/>, import, row number) and the dataset version, which every
/// row of a new edition changes without the event changing.
/// </summary>
internal sealed class EventContentHash
{
    // The row's fields are laid out in one buffer and hashed at once: the same bytes, so the same
    // value, as appending them one by one, without a call into the hasher per field.
    private byte[] _buffer = new byte[1024];
    private int _length;

    public long Of(ConflictEvent e)
    {
        _length = 0;
        Int((int)e.Source);
        Text(e.Dataset);
        Text(e.SourceId);
        Int(e.DateStart.DayNumber);
        Int(e.DateEnd.DayNumber);
        Int((int)e.DatePrecision);
        Double(e.Latitude);
        Double(e.Longitude);
        Int(e.GeoPrecision);
        Text(e.CountryIso2);
        Text(e.Admin1);
        Text(e.Admin2);
        Text(e.Locality);
        Int(e.PrioGridGid);
        Int((int)e.Threat);
        Int(e.AgainstCivilians ? 1 : 0);
        Text(e.SourceType);
        Text(e.SourceSubType);
        Int(e.CivilianTargeting is { } t ? (t ? 1 : 0) : null);
        Text(e.Actor1);
        Text(e.Actor2);
        Int(e.Fatalities);
        Int(e.FatalitiesLow);
        Int(e.FatalitiesHigh);
        Int(e.CivilianDeaths);
        Text(e.Notes);
        return unchecked((long)XxHash64.HashToUInt64(_buffer.AsSpan(0, _length)));
    }

    private Span<byte> Take(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Int(int? value)
    {
        // A null and a zero must differ: a presence byte, then the value.
        var bytes = Take(5);
        bytes[0] = value is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes[1..], value ?? 0);
    }

    private void Double(double value) =>
        BinaryPrimitives.WriteInt64LittleEndian(Take(8), BitConverter.DoubleToInt64Bits(value));

    private void Text(string? value)
    {
        // Length first (-1 for null), so ("ab", "c") and ("a", "bc") hash differently.
        Int(value?.Length ?? -1);
        if (value is not null)
        {
            MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(Take(value.Length * 2));
        }
    }
}
