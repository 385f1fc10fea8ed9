namespace Bluehelm.BrowserTests;

/// <summary>
/// Bytes a page really costs on the wire, read from the browser's own network events: for every
/// finished request, the response headers plus the body as received (compressed, when it was).
/// Answers served from the browser's cache cost nothing and are counted as such.
/// </summary>
internal sealed class TransferMeter : IDisposable
{
    private readonly IPage _page;
    private readonly List<Task<(string Url, long Bytes)>> _sizes = [];
    private readonly Lock _gate = new();

    public TransferMeter(IPage page)
    {
        _page = page;
        _page.RequestFinished += OnFinished;
    }

    private void OnFinished(object? sender, IRequest request)
    {
        lock (_gate)
        {
            _sizes.Add(Measure(request));
        }
    }

    private static async Task<(string, long)> Measure(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return (request.Url, (long)sizes.ResponseHeadersSize + sizes.ResponseBodySize);
    }

    /// <summary>Every request seen so far with its bytes; call after the page has settled.</summary>
    public async Task<IReadOnlyList<(string Url, long Bytes)>> RequestsAsync()
    {
        Task<(string Url, long Bytes)>[] pending;
        lock (_gate)
        {
            pending = [.. _sizes];
        }

        return await Task.WhenAll(pending);
    }

    /// <summary>The total so far.</summary>
    public async Task<long> BytesAsync() => (await RequestsAsync()).Sum(r => r.Bytes);

    /// <summary>Starts counting from zero (keeps listening).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _sizes.Clear();
        }
    }

    public void Dispose() => _page.RequestFinished -= OnFinished;
}
