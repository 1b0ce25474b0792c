namespace TriageBot.Language;

/// <summary>How a patient answers a closed question: PROTOCOL.md counts only a yes.</summary>
public enum ClosedAnswer
{
    Yes,
    No,

    /// <summary>"Not sure", "no idea", «не знаю», or both a yes and a no.</summary>
    Unsure,
}
