using Microsoft.Bot.Schema;

namespace TriageBot.Cli.Commands;

/// <summary><c>triagebot chat</c>: the bot in a terminal, for trying it without any channel.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var locale = args is ["--locale", var chosen, ..] ? chosen : "en-US";
        var conversation = new LocalBot().Start(locale);
        var buttons = await ShowAsync(await conversation.OpenAsync(), output);
        while (true)
        {
            await output.WriteAsync("> ");
            var line = await input.ReadLineAsync();
            if (string.IsNullOrWhiteSpace(line))
                return 0;
            var text = int.TryParse(line.Trim(), out var number) && number >= 1 && number <= buttons.Count ? buttons[number - 1] : line;
            buttons = await ShowAsync(await conversation.SayAsync(text), output);
        }
    }

    /// <summary>Prints the replies and numbers the last message's buttons, which a number then picks.</summary>
    private static async Task<IReadOnlyList<string>> ShowAsync(IReadOnlyList<Activity> replies, TextWriter output)
    {
        IReadOnlyList<string> buttons = [];
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"bot: {reply.Text}");
            buttons = [.. (reply.SuggestedActions?.Actions ?? []).Select(a => a.Title)];
            for (var i = 0; i < buttons.Count; i++)
                await output.WriteLineAsync($"  [{i + 1}] {buttons[i]}");
        }

        return buttons;
    }
}
