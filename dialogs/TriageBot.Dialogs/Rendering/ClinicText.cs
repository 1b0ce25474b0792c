using System.Text;

namespace TriageBot.Dialogs.Rendering;

/// <summary>Fills the protocol texts' placeholders with the clinic's details.</summary>
public sealed class ClinicText(ClinicOptions clinic)
{
    public string Fill(string text, string? findings = null, string? specialists = null) => new StringBuilder(text)
        .Replace("{clinicName}", clinic.Name)
        .Replace("{clinicPhone}", clinic.Phone)
        .Replace("{bookingUrl}", clinic.BookingUrl)
        .Replace("{emergencyNumber}", clinic.EmergencyNumber)
        .Replace("{findings}", findings)
        .Replace("{specialists}", specialists)
        .ToString();
}
