namespace Intranet.Content.Services;

public sealed class ArticleNotFoundException(int id) : Exception($"Artikkel {id} finnes ikke.")
{
    public int Id { get; } = id;
}
