using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs.Tests;

/// <summary>Assertions in the patient's terms: which question came, which outcome, what it said.</summary>
internal static class TestFlowAssertions
{
    public static TestFlow AssertQuestion(this TestFlow flow, string step, string? contains = null) => flow.AssertReply(activity =>
    {
        Assert.Equal(step, TriageChat.StepOf(activity));
        Assert.Equal("2", TriageChat.Triage(activity)!["protocol"]!.ToString());
        if (contains is not null)
            Assert.Contains(contains, activity.AsMessageActivity().Text, StringComparison.OrdinalIgnoreCase);
    });

    public static TestFlow AssertOutcome(this TestFlow flow, string disposition, Action<IMessageActivity>? more = null) => flow.AssertReply(activity =>
    {
        Assert.Equal("outcome", TriageChat.StepOf(activity));
        Assert.Equal(disposition, TriageChat.Triage(activity)!["disposition"]!.ToString());
        more?.Invoke(activity.AsMessageActivity());
    });

    public static TestFlow AssertText(this TestFlow flow, string contains) => flow.AssertReply(activity =>
        Assert.Contains(contains, activity.AsMessageActivity().Text, StringComparison.OrdinalIgnoreCase));

    public static TestFlow Welcome(this TestFlow flow) => flow
        .SendConversationUpdate()
        .AssertReply(activity => Assert.Null(TriageChat.StepOf(activity)))
        .AssertQuestion("complaint");

    public static string[] Ids(this IMessageActivity outcome, string field) =>
        [.. TriageChat.Triage(outcome)![field]!.Select(t => t.ToString())];
}
