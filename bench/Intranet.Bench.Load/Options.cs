namespace Intranet.Bench.Load;

internal sealed record Options(int Count, int Seconds, int Workers, int MixedSeconds, int MixedUsers, int Hot)
{
    public static Options Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
        }
        return new Options(Get("--count", 100_000), Get("--seconds", 15), Get("--workers", 16), Get("--mixed-seconds", 60),
            Get("--mixed-users", 50), Get("--hot", 200));
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
