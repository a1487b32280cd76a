using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Browser.Tests;

/// <summary>Scheduling through the news form, with the host's clock moved by hand instead of waiting.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsSchedulingBrowserTests(BrowserSession browser, ClockedLiveIntranetFixture fixture) : IClassFixture<ClockedLiveIntranetFixture>
{
    [Fact]
    public async Task Communications_schedule_a_pinned_item_a_minute_ahead_and_it_appears_when_the_time_comes()
    {
        var clock = fixture.Clock;
        var title = "Planlagt fra skjemaet " + Guid.NewGuid().ToString("N")[..6];
        var localTime = OsloTime.ToInput(clock.UtcNow.AddMinutes(1)); // what a person in Norway types
        var comms = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(comms, DemoUsers.Kommunikasjon);
        await comms.GotoAsync("/nyheter/ny?culture=nb");
        await comms.FillAsync("#Title", title);
        await comms.FillAsync("#Body", "Kommer om ett minutt.");
        await comms.FillAsync("#PublishAt", localTime);
        await comms.CheckAsync("#Pinned");
        await Task.WhenAll(comms.WaitForURLAsync(u => !u.Contains("/nyheter/ny")), comms.ClickAsync("button[value=publish]"));
        var url = new Uri(comms.Url).AbsolutePath;
        Assert.Equal(OsloTime.FromInput(localTime), await PublishAtAsync(title)); // local time typed, UTC stored

        var ansatt = await browser.NewPageAsync(fixture.Site.BaseUrl);
        await BrowserSession.LoginAsync(ansatt, DemoUsers.Ansatt);
        await ansatt.GotoAsync("/?culture=nb");
        Assert.DoesNotContain(title, await ansatt.InnerTextAsync(".home-news"));
        await ansatt.GotoAsync("/nyheter?culture=nb");
        Assert.DoesNotContain(title, await ansatt.InnerTextAsync("main"));
        Assert.Equal(404, (await ansatt.GotoAsync(url))!.Status);

        clock.Advance(TimeSpan.FromMinutes(2));
        await ansatt.GotoAsync("/?culture=nb");
        Assert.Contains(title, await ansatt.InnerTextAsync(".home-news__list li.card--pinned:first-child"));
        await ansatt.GotoAsync("/nyheter?culture=nb");
        Assert.Contains(title, await ansatt.InnerTextAsync("main"));
        Assert.Equal(200, (await ansatt.GotoAsync(url))!.Status);
        Assert.Equal(title, await ansatt.InnerTextAsync("h1"));
        await BrowserSession.AssertAccessibleAsync(ansatt);
        await comms.Context.CloseAsync();
        await ansatt.Context.CloseAsync();
    }

    private async Task<DateTimeOffset?> PublishAtAsync(string title)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        return await db.Articles.Where(a => a.Title == title).Select(a => a.PublishAt).SingleAsync();
    }
}
