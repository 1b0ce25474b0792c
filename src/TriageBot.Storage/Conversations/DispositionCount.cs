namespace TriageBot.Storage.Conversations;

/// <summary>How many conversations started on a day ended (so far) with a disposition.</summary>
public sealed record DispositionCount(DateOnly Day, string Disposition, int Count);
