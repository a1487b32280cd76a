using System.Collections.Concurrent;
using Intranet.Core.Data;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>
/// An anonymous question leaves no trace of the asker anywhere: every text column of every table is searched for
/// the asker's id, user name and name before and after asking and answering, and every log line written meanwhile.
/// </summary>
public abstract class AnonymousQuestionTraceTests(DatabaseProvider provider) : IDisposable
{
    private readonly LogCapture _logs = new();
    // Everything down to Debug, framework included, so a name logged anywhere on the way would be seen.
    private readonly IntranetFactory _factory = new IntranetFactory(provider).With(SharedIntranet.SignInsPerMinuteSetting, "100000")
        .With("Logging:LogLevel:Default", "Debug").With("Logging:LogLevel:Microsoft.AspNetCore", "Debug")
        .With("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information");

    [Fact]
    public async Task Asking_and_answering_anonymously_adds_no_row_and_no_log_line_naming_the_asker()
    {
        _factory.WithServices(s => s.AddSingleton<ILoggerProvider>(_logs));
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var ce = await _factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var traces = await TracesAsync();
        var before = await CountTracesAsync(traces);
        _logs.Clear();

        await ansatt.PostFormAsync("/hjornet/spor", new() { ["Text"] = "Anonymt spørsmål om sporing", ["Anonymous"] = "true" });
        await ansatt.GetStringAsync("/hjornet/spor?sendt=true");
        var id = await WithDb(db => db.Set<Corner.Models.CornerQuestion>().Where(q => q.Text == "Anonymt spørsmål om sporing").Select(q => q.Id).SingleAsync());
        await ce.PostFormAsync($"/hjornet/sporsmal?handler=Answer&id={id}", new() { ["Answer"] = "Ingen sporing." }, "/hjornet/sporsmal");
        await ansatt.GetStringAsync("/hjornet");

        var after = await CountTracesAsync(traces);
        foreach (var (column, count) in after)
            Assert.True(count == before.GetValueOrDefault(column), $"{column}: {before.GetValueOrDefault(column)} → {count} rows naming the asker");
        Assert.NotEmpty(_logs.Lines);
        foreach (var line in _logs.Lines)
            foreach (var trace in traces)
                Assert.DoesNotContain(trace, line);
    }

    private Task<string[]> TracesAsync() => WithDb(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == DemoUsers.Ansatt);
        return new[] { user.Id, user.UserName!, user.DisplayName, user.Email ?? user.Id };
    });

    /// <summary>For every string column of every table: how many rows contain any of the traces.</summary>
    private Task<Dictionary<string, int>> CountTracesAsync(string[] traces) => WithDb(async db =>
    {
        var counts = new Dictionary<string, int>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
        {
            var table = entity.GetTableName()!;
            foreach (var column in entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName()).Distinct())
            {
                var where = string.Join(" OR ", traces.Select((_, i) => $"\"{column}\" LIKE {{{i}}}"));
                var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE {where}";
                counts[$"{table}.{column}"] = await db.Database.SqlQueryRaw<int>(sql, traces.Select(t => (object)$"%{t}%").ToArray()).SingleAsync();
            }
        }
        return counts;
    });

    private async Task<T> WithDb<T>(Func<IntranetDbContext, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Keeps every formatted log line (all levels the host enables) while the test runs.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();
        public IEnumerable<string> Lines => _lines;
        public void Clear() => _lines.Clear();
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);
        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

public sealed class AnonymousQuestionTraceTestsSqlite() : AnonymousQuestionTraceTests(DatabaseProvider.Sqlite);

public sealed class AnonymousQuestionTraceTestsPostgres() : AnonymousQuestionTraceTests(DatabaseProvider.Postgres);
