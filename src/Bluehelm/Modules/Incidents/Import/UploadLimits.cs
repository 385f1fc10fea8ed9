using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Event files are larger than anything else Bluehelm accepts (a GED edition is hundreds of MB), so
/// the two upload addresses get <see cref="ImportOptions.MaxUploadBytes"/> instead of the server's
/// defaults (30 MB bodies, 128 MB forms), before anything reads the body: the page's form is read
/// by the antiforgery check, ahead of the page. Above the limit, reading the body throws the
/// framework's 413, which the platform answers with its localized page or a <c>too-large</c> problem.
/// Uploaded files are spooled to disk by the form reader (the page) or streamed (the API), never held in memory.
/// </summary>
internal sealed class UploadLimits : IStartupFilter
{
    public const string PagePath = "/events/import";
    public const string ApiPath = "/api/v1/events/imports";

    /// <summary>Room for the multipart boundaries and the form's other fields around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && (context.Request.Path.Equals(PagePath, StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals(ApiPath, StringComparison.OrdinalIgnoreCase)))
            {
                var max = context.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes + FormOverhead;
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = max;
                }

                context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = max }));
                context.Request.Body = new MaxLengthStream(context.Request.Body, max, context.Request.ContentLength);
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>Throws the framework's 413 once more than the limit is read (or announced), on any server.</summary>
    private sealed class MaxLengthStream(Stream inner, long max, long? announced) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Check(count)));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer[..Check(buffer.Length)], cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Check(int count)
        {
            if (announced > max || _read > max)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            return count;
        }

        private int Count(int n)
        {
            _read += n;
            if (_read > max)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
