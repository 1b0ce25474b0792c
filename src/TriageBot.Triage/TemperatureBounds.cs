using System.Text.Json;

namespace TriageBot.Triage;

/// <summary>PROTOCOL.md section 2: a fever is above <paramref name="FeverAboveCelsius"/>; from
/// <paramref name="HighFeverFromCelsius"/> it is a significant rise, a red flag.</summary>
public sealed record TemperatureBounds(double FeverAboveCelsius, double HighFeverFromCelsius)
{
    internal static TemperatureBounds Read(JsonElement bounds) => new(
        bounds.GetProperty("feverAboveCelsius").GetDouble(),
        bounds.GetProperty("highFeverFromCelsius").GetDouble());
}
