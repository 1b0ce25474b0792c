using TriageBot.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddTriageBot();

var app = builder.Build();
app.MapTriageBot();
app.Run();

/// <summary>Visible to the functional tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
