using TriageBot.Web.Extensions;
using TriageBot.Web.Health;
using TriageBot.Web.Operators;

if (HealthProbe.Matches(args))
    return await HealthProbe.RunAsync(args);

var builder = WebApplication.CreateBuilder(OperatorCommand.HostArguments(args));
builder.AddTriageBot();

var app = builder.Build();
if (OperatorCommand.Matches(args))
    return await OperatorCommand.RunAsync(app.Services, args, Console.In, Console.Out);

app.MapTriageBot();
await app.RunAsync();
return 0;

/// <summary>Visible to the functional tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
