using Intranet.Testing;
using Xunit;

namespace Intranet.Browser.Tests;

/// <summary>One Chromium for all browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
