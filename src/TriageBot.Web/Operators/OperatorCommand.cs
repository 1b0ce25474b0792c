using Microsoft.AspNetCore.Identity;
using TriageBot.Storage.Operators;

namespace TriageBot.Web.Operators;

/// <summary>
/// <c>operators add NAME [operator|administrator]</c>: creates a console account from the command line, the
/// password read from standard input, so it never appears in the shell's history or the process list.
/// </summary>
public static class OperatorCommand
{
    public static bool Matches(string[] args) => args is ["operators", ..];

    /// <summary>The arguments the host's configuration should see: none of the command's own.</summary>
    public static string[] HostArguments(string[] args) => Matches(args) ? [] : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["operators", "add", var name, ..] || args.Length > 4
            || (args.Length == 4 && !OperatorRoles.All.Contains(args[3])))
        {
            await output.WriteLineAsync("usage: operators add NAME [operator|administrator]   (the password is read from standard input)");
            return 2;
        }

        await output.WriteLineAsync($"Password for {name}:");
        var password = (await input.ReadLineAsync())?.Trim() ?? "";
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorAccount>>();
        var account = new OperatorAccount { UserName = name, Role = args.Length == 4 ? args[3] : OperatorRoles.Operator };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<ConsoleAudit>().WriteAsync("command line", Storage.Audit.AuditActions.AccountCreated, name, account.Role);
        await output.WriteLineAsync($"Created {account.Role} '{name}'. Sign in at /operator.");
        return 0;
    }
}
