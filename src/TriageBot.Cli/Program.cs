using TriageBot.Cli.Commands;

return args switch
{
    ["chat", .. var rest] => await ChatCommand.RunAsync(rest, Console.In, Console.Out),
    ["eval", .. var rest] => await EvalCommand.RunAsync(rest, Console.Out),
    _ => Usage.Print(Console.Error),
};
