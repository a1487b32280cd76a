// The ceiling for the load benchmark: Kestrel with one endpoint and nothing else, on the same machine.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello");
app.Run();
