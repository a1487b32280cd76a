namespace Intranet.Welcome.Services;

public sealed record ChecklistProgress(int Done, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Done / Total);
}
