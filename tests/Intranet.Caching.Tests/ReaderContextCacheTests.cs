using Intranet.Core.Caching;
using Intranet.Core.Cluster;
using Intranet.Core.Content;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace Intranet.Caching.Tests;

/// <summary>The key of ReaderContextCache: everything that decides visibility, never the user id.</summary>
public sealed class ReaderContextCacheTests : IDisposable
{
    private readonly MemoryCache _memory = new(new MemoryCacheOptions());
    private readonly FakeClusterEvents _events = new();
    private readonly List<ReaderContext> _computedFor = [];

    private ReaderContextCache Cache => new(_memory, _events);

    private Task<string> GetAsync(ReaderContext reader) => Cache.GetOrCreateAsync("section", reader, r =>
    {
        _computedFor.Add(r);
        return Task.FromResult($"for {r.UnitId}/{r.CanManageContent}/{string.Join(',', r.LedUnitIds)}/{r.UserId}");
    });

    private static ReaderContext Reader(string user, int unit, bool manages = false, params int[] led) =>
        new(user, true, manages, led) { UnitId = unit };

    [Fact]
    public async Task Readers_with_the_same_context_share_one_entry_computed_without_a_user()
    {
        Assert.Equal("for 1/False//", await GetAsync(Reader("kari", 1)));
        Assert.Equal("for 1/False//", await GetAsync(Reader("jonas", 1)));
        Assert.Single(_computedFor);
        Assert.Null(_computedFor[0].UserId);
    }

    [Fact]
    public async Task Unit_rights_led_units_and_sign_in_each_make_another_entry()
    {
        await GetAsync(Reader("a", 1));
        await GetAsync(Reader("b", 2));
        await GetAsync(Reader("c", 1, manages: true));
        await GetAsync(Reader("d", 1, false, 7));
        await GetAsync(Reader("e", 1, false, 7, 8));
        await GetAsync(ReaderContext.Anonymous);
        Assert.Equal(6, _computedFor.Count);
        Assert.Equal("for 1/False/7,8/", await GetAsync(Reader("f", 1, false, 8, 7)));
        Assert.Equal(6, _computedFor.Count);
    }

    [Fact]
    public async Task A_content_change_expires_every_entry()
    {
        await GetAsync(Reader("a", 1));
        _events.Change();
        await GetAsync(Reader("a", 1));
        Assert.Equal(2, _computedFor.Count);
    }

    public void Dispose() => _memory.Dispose();

    private sealed class FakeClusterEvents : IClusterEvents
    {
        private CancellationTokenSource _source = new();
        public IChangeToken ContentChangeToken => new CancellationChangeToken(_source.Token);
        public long LastSeenChange => 0;
        public event Action<long>? ContentChanged;

        public void Change()
        {
            var old = _source;
            _source = new CancellationTokenSource();
            old.Cancel();
            ContentChanged?.Invoke(1);
        }
    }
}
