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
/// framework's 413, which the platform answers with a <c>too-large</c> problem (API) or its localized
/// status page; a page upload announced above the limit is shown the upload page itself with 413.
/// Uploaded files are spooled to disk by the form reader (the page) or streamed (the API), never held in memory.
/// </summary>
internal sealed class UploadLimits : IStartupFilter
{
    public const string PagePath = "/events/import";
    public const string ApiPath = "/api/v1/events/imports";

    /// <summary>Set in <see cref="HttpContext.Items"/> when the page's upload was over the limit.</summary>
    public const string TooLargeKey = "incidents.upload-too-large";

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
                if (context.Request.ContentLength > max && context.Request.Path.Equals(PagePath, StringComparison.OrdinalIgnoreCase))
                {
                    // The page answers itself, in the user's language, with 413: shown as a GET of the
                    // page (the body is never read; the antiforgery check would otherwise turn the
                    // failed read into "form expired").
                    context.Items[TooLargeKey] = true;
                    context.Request.Method = HttpMethods.Get;
                    context.Request.Headers.ContentType = default;
                    context.Request.Headers.ContentLength = null;
                    context.Request.Body = Stream.Null;
                    await nextMiddleware(context);
                    return;
                }

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
