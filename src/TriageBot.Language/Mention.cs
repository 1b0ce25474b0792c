namespace TriageBot.Language;

/// <summary>A finding in the patient's words: "no fever" is a negated mention of fever.</summary>
/// <param name="SomeoneElses">Said of another person ("my husband's legs are weak").</param>
/// <param name="Past">Said of a past that is over ("I had a fever last year"); findings that are history
/// (cancer, a known spine condition, an injury) are never past.</param>
/// <param name="Hypothetical">Only feared, wondered about or wished ("worried it might be cancer").</param>
/// <param name="WritersOwn">Said by the writer of themselves ("I'm seven months pregnant myself"): in a carer's
/// conversation, not the patient's.</param>
/// <param name="ThirdPersons">Said of someone who is neither the writer nor the person a carer writes for ("his sister
/// has a fever").</param>
public sealed record Mention(string FindingId, string Evidence, bool Negated, bool SomeoneElses = false, bool Past = false, bool Hypothetical = false, bool WritersOwn = false, bool ThirdPersons = false)
{
    /// <summary>The patient's own, now.</summary>
    public bool Affirmed => AffirmedForSomeoneElse && !SomeoneElses;

    /// <summary>Said of the patient a carer writes for: someone else's symptoms are theirs.</summary>
    public bool AffirmedForSomeoneElse => !Negated && !Past && !Hypothetical && !ThirdPersons;
}
