namespace TriageBot.Dialogs;

/// <summary>The clinic the bot speaks for: the "Clinic" configuration section.</summary>
public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    public string Name { get; set; } = "Demo Clinic";

    public string Phone { get; set; } = "+1 555 0100";

    public string BookingUrl { get; set; } = "https://clinic.example/book";

    /// <summary>112 works across Europe and in Russia; a clinic sets its own (103 for an ambulance in Russia).</summary>
    public string EmergencyNumber { get; set; } = "112";
}
