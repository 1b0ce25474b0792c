namespace TriageBot.Web.Bot;

/// <summary>
/// When a Direct Line patient sees "typing": only for a turn that takes longer than <see cref="Delay"/> (a slow
/// database or language service), repeated every <see cref="Period"/>; a quick answer needs none.
/// </summary>
public static class TypingIndicator
{
    public const int Delay = 400;

    public const int Period = 2000;
}
