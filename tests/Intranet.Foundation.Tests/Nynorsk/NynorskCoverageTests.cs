using Intranet.Content.Services;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Insights.Models;
using Intranet.News.Models;
using Intranet.Stories.Pages.Historier;
using Intranet.Web;
using Xunit;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>
/// Every bokmål text the UI shows has a nynorsk entry in some assembly's Localization/nn.json: the literals in the
/// sources of every assembly with UI text, and the texts passed around as data and translated where they are shown.
/// </summary>
public sealed class NynorskCoverageTests
{
    public static TheoryData<string> Folders => new(UiAssemblies.SourceFolders);

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_text_in_the_sources_has_nynorsk(string folder) =>
        AssertTranslated(SourceTexts.In(Path.Combine(UiAssemblies.RepositoryRoot(), folder)), folder);

    [Fact]
    public void Module_menus_and_permission_descriptions_have_nynorsk()
    {
        var modules = ModuleCatalog.Create();
        AssertTranslated(
            modules.SelectMany(m => m.Navigation).Select(n => n.Title)
                .Concat(modules.SelectMany(m => m.Permissions).Select(p => p.Description)),
            "modules");
    }

    [Fact]
    public void Names_shown_for_kinds_statuses_roles_and_categories_have_nynorsk()
    {
        var statuses = Enum.GetValues<ArticleStatus>();
        AssertTranslated(
            Roles.All.Select(Roles.DisplayName)
                .Concat(ArticleKinds.All.Select(ArticleKinds.DisplayName))
                .Concat(ArticleKinds.All.Select(StatusNames.SectionTitle))
                .Concat(statuses.Select(StatusNames.Display))
                .Concat(statuses.Select(StoryText.Status))
                .Concat(Enum.GetValues<Audience>().Select(StatusNames.Audience))
                .Concat(NewsCategories.All.Values)
                .Concat(Enum.GetValues<PulseScale>().Select(s => s.Label())),
            "display names");
    }

    [Fact]
    public void Nynorsk_texts_have_no_common_bokmal_words()
    {
        var bokmal = UiAssemblies.Catalog.All.Where(p => PageChrome.BokmalIn(p.Value).Any()).Select(p => p.Value).Order().ToList();
        Assert.True(bokmal.Count == 0, "Bokmål words in nn.json texts:\n" + string.Join("\n", bokmal));
    }

    private static void AssertTranslated(IEnumerable<string> texts, string where)
    {
        var missing = texts.Distinct().Where(t => !UiAssemblies.Catalog.TryTranslate(t, out _)).Order().ToList();
        Assert.True(missing.Count == 0, $"Missing in nn.json ({where}):\n" + string.Join("\n", missing));
    }
}
