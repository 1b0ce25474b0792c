using TriageBot.Cli.Commands;

namespace TriageBot.Cli.Tests.Commands;

public sealed class ChatCommandTests
{
    [Fact]
    public async Task A_terminal_chat_picks_buttons_by_number_and_ends_with_the_advice()
    {
        using var input = new StringReader("My lower back hurts\n11\n8\n1\n1\n\n");
        using var output = new StringWriter();

        var exit = await ChatCommand.RunAsync([], input, output);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("[11] None of these", text, StringComparison.Ordinal);
        Assert.Contains("This looks like something you can look after yourself", text, StringComparison.Ordinal);
        Assert.Contains("medium-firm (orthopedic) mattress", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_chat_is_in_russian()
    {
        using var input = new StringReader("Немеет поясница, и появилась тошнота и рвота\n\n");
        using var output = new StringWriter();

        await ChatCommand.RunAsync(["--locale", "ru-RU"], input, output);

        Assert.Contains("Вызовите скорую помощь", output.ToString(), StringComparison.Ordinal);
    }
}
