using System.Text.Json;
using TriageBot.Web.Bot;

namespace TriageBot.Web.Tests.Bot;

public sealed class ActivityShapeTests
{
    private const string Valid = """{"type":"message","serviceUrl":"https://smba.trafficmanager.net/emea/","conversation":{"id":"c"},"from":{"id":"p"},"text":"hi"}""";

    [Theory]
    [InlineData("""{"serviceUrl":880626467}""", "'serviceUrl' must be a string.")]
    [InlineData("""{"serviceUrl":"not a url"}""", "'serviceUrl' must be an absolute http or https address.")]
    [InlineData("""{"serviceUrl":"file:///etc/passwd"}""", "'serviceUrl' must be an absolute http or https address.")]
    [InlineData("""{"conversation":{"id":7}}""", "'conversation.id' is required.")]
    [InlineData("""{"from":"someone"}""", "'from' must be an object.")]
    [InlineData("""{"text":["a"]}""", "'text' must be a string.")]
    [InlineData("""{"entities":{}}""", "'entities' must be an array.")]
    [InlineData("""{"type":""}""", "'type' is required.")]
    public void A_field_of_the_wrong_kind_is_named_in_the_answer(string change, string problem)
    {
        var activity = JsonDocument.Parse(Valid).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        foreach (var property in JsonDocument.Parse(change).RootElement.EnumerateObject())
            activity[property.Name] = property.Value.Clone();
        Assert.Equal(problem, ActivityShape.Problem(JsonSerializer.SerializeToElement(activity)));
    }

    [Fact]
    public void A_well_formed_activity_passes_and_a_non_object_does_not()
    {
        Assert.Null(ActivityShape.Problem(JsonDocument.Parse(Valid).RootElement));
        Assert.Equal("The body must be a JSON object (an activity).", ActivityShape.Problem(JsonDocument.Parse("[1]").RootElement));
    }
}
