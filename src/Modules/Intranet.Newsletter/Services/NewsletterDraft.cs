namespace Intranet.Newsletter.Services;

/// <summary>What communications staff typed on /admin/nyhetsbrev.</summary>
public sealed record NewsletterDraft(string Title, string Intro, IReadOnlyList<int> ArticleIds)
{
    public const int MaxArticles = 15;

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Title)) errors["Title"] = ["Skriv en tittel."];
        else if (Title.Length > 200) errors["Title"] = ["Tittelen kan ha høyst 200 tegn."];
        if (Intro.Length > 4000) errors["Intro"] = ["Innledningen kan ha høyst 4000 tegn."];
        if (ArticleIds.Count == 0 && string.IsNullOrWhiteSpace(Intro)) errors["ArticleIds"] = ["Velg minst én sak, eller skriv en innledning."];
        if (ArticleIds.Count > MaxArticles) errors["ArticleIds"] = [$"Velg høyst {MaxArticles} saker."];
        return errors;
    }
}
