using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TriageBot.Benchmarks.Load;

/// <summary>The Bot Framework samples' echo bot, with a turn counter in conversation state so state is read and saved.</summary>
internal sealed class EchoBot(ConversationState state) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _turns = state.CreateProperty<int>("turns");

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _turns.SetAsync(turnContext, turns, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"Echo {turns}: {turnContext.Activity.Text}"), cancellationToken);
    }
}
