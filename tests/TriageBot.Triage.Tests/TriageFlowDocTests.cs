namespace TriageBot.Triage.Tests;

/// <summary>docs/triage-flow.md shows a clinician the flow the code really runs.</summary>
public sealed class TriageFlowDocTests
{
    private const string Regenerate = "UPDATE_FLOW_DOC";

    public static string Document() => $"""
        # Triage flow

        Generated from the Stateless machine in `src/TriageBot.Triage/TriageConversation.cs` by
        `tests/TriageBot.Triage.Tests/TriageFlowDocTests.cs`; do not edit by hand. To refresh it after changing
        the machine or `Protocol/steps.json`: `{Regenerate}=1 dotnet test tests/TriageBot.Triage.Tests`.

        Every question moves on to the next question that is still open (a question already answered by
        something the patient said earlier is skipped; only an emergency stops the questions, so a red flag told
        while answering sleep or posture is still heard). An answer that is not understood is asked once more, then the
        conversation moves on. A red flag at any point goes straight to the emergency. Half a red flag ("my
        chest feels funny") gets one closed question about it (Clarify, at most two per conversation): a yes
        is the red flag, anything else goes back to the questions where they were.

        ```mermaid
        {TriageConversation.FlowChart(TriageProtocol.Default).TrimEnd()}
        ```

        """;

    [Fact]
    public void The_flow_document_matches_the_machine()
    {
        var path = RepositoryFiles.PathOf("docs/triage-flow.md");
        var expected = Document();
        if (Environment.GetEnvironmentVariable(Regenerate) == "1")
            File.WriteAllText(path, expected);

        Assert.True(File.Exists(path), $"docs/triage-flow.md is missing: run with {Regenerate}=1.");
        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings() == expected.ReplaceLineEndings(),
            $"docs/triage-flow.md is stale: run `{Regenerate}=1 dotnet test tests/TriageBot.Triage.Tests` and commit it.");
    }
}
