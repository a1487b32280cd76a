using Intranet.Core.Cli;
using Intranet.Search.Indexing;

namespace Intranet.Search.Services;

/// <summary>`search rebuild`: builds this node's index from the database and swaps it in.</summary>
public sealed class SearchRebuildCommand(IndexRebuilder rebuilder, IndexStatus status, SearchIndex index) : ICliCommand
{
    public string Verb => "search rebuild";
    public string Usage => "search rebuild        bygger søkeindeksen på nytt fra databasen";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        try { index.EnsureOpen(); }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            await output.WriteLineAsync("Søkeindeksen er i bruk av en kjørende server. Bruk «Bygg på nytt» på /admin/sok, eller stopp serveren først.");
            return 1;
        }
        if (status.Rebuilding) await output.WriteLineAsync("En gjenoppbygging kjører allerede; venter til den er ferdig og bygger så på nytt.");
        await rebuilder.RebuildAsync(ct, waitForRunning: true);
        await output.WriteLineAsync($"Søkeindeksen er bygd på nytt: {status.RebuildDone} artikler, markør {index.Cursor}.");
        return 0;
    }
}
