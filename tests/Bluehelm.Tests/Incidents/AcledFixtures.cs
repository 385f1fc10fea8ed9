using System.Text;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

/// <summary>Runs a reader over a fixture file (made-up rows written to the published codebooks) or over text.</summary>
internal static class AcledFixtures
{
    public static string PathOf(string name) => Path.Combine(RepoPaths.Root, "tests", "Bluehelm.Tests", "Incidents", "Files", name);

    public static Task<(List<ConflictEvent> Events, ImportProblems Problems)> ReadFileAsync(IEventFileReader reader, string name, EventFile? file = null) =>
        ReadAsync(reader, File.ReadAllBytes(PathOf(name)), file ?? new EventFile(name));

    public static Task<(List<ConflictEvent> Events, ImportProblems Problems)> ReadTextAsync(IEventFileReader reader, string text, string fileName = "events.csv") =>
        ReadAsync(reader, Encoding.UTF8.GetBytes(text), new EventFile(fileName));

    public static async Task<(List<ConflictEvent> Events, ImportProblems Problems)> ReadAsync(IEventFileReader reader, Stream stream, EventFile file)
    {
        var problems = new ImportProblems();
        var events = new List<ConflictEvent>();
        await foreach (var e in reader.ReadAsync(stream, file, problems, TestContext.Current.CancellationToken))
        {
            events.Add(e);
        }

        return (events, problems);
    }

    private static Task<(List<ConflictEvent> Events, ImportProblems Problems)> ReadAsync(IEventFileReader reader, byte[] bytes, EventFile file) =>
        ReadAsync(reader, new MemoryStream(bytes), file);

    /// <summary>A stream that cannot seek, as a request body or a hashing wrapper may be.</summary>
    public sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
