using Intranet.Web;
using Intranet.Web.Cli;
using Intranet.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.Locate(),
});
var modules = ModuleCatalog.Create();
builder.AddIntranet(modules);

var app = builder.Build();
await app.PrepareDatabaseAsync();

if (CliDispatcher.IsCommand(args))
    return await CliDispatcher.RunAsync(app, args);

app.UseIntranet(modules);
await app.SeedDevelopmentAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
