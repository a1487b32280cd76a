using System.Globalization;
using Intranet.Core.Localization;
using Intranet.Notifications.Services;
using Intranet.Stories.Services;
using Intranet.Values.Services;
using Xunit;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>Notifications are stored in bokmål as sent; nynorsk readers see them through the senders' templates.</summary>
public sealed class NotificationTitleTests
{
    private static readonly NotificationTitles Titles =
        new([.. StoryNotifications.All, .. PraiseNotifications.All], new NorwegianStringLocalizer(UiAssemblies.Catalog));

    [Theory]
    [InlineData("Historien «Hva jeg lærte» ble avvist", "Historia «Hva jeg lærte» vart avvist")]
    [InlineData("Kari Solberg kommenterte «En god dag»", "Kari Solberg kommenterte «En god dag»")]
    [InlineData("Ola har gitt Hjemmetjenesten en verdirose", "Ola har gitt Hjemmetjenesten ei verdirose")]
    [InlineData("Et varsel ingen mal kjenner", "Et varsel ingen mal kjenner")]
    public void A_stored_title_is_shown_in_nynorsk_with_its_names_kept(string stored, string nynorsk)
    {
        Assert.Equal(nynorsk, InCulture("nn", () => Titles.Shown(stored)));
        Assert.Equal(stored, InCulture("nb", () => Titles.Shown(stored)));
    }

    [Fact]
    public void A_template_fills_the_same_title_it_recognises() =>
        Assert.Equal("Historien «Ny – og «bedre»» er godkjent", StoryNotifications.Approved.Fill("Ny – og «bedre»"));

    private static string InCulture(string culture, Func<string> show)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try { return show(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
