namespace TriageBot.Cli.Commands;

public static class Usage
{
    public const int BadUsage = 2;

    public static int Print(TextWriter error)
    {
        error.WriteLine("""
            triagebot chat [--locale en-US|ru-RU]
                Talk to the bot in this terminal (state in memory). Type a button's number or your own words;
                an empty line or Ctrl+D ends the chat.
            triagebot eval FILE.jsonl [--url URL] [--half even|odd]
                Play the vignettes of FILE (../shared/vignettes/README.md) and print the failures, the recall of each
                finding (for vignettes that list their findings) and the scores: in this process, or with --url
                against a running TriageBot's Direct Line (e.g. http://localhost:3978). --half plays only the
                vignettes whose id ends in an even or an odd number (practice.jsonl's development and held-out halves).
                Exit code 1 when any emergency was answered less urgently.
            """);
        return BadUsage;
    }
}
