namespace TriageBot.Storage.Audit;

/// <summary>The actions the audit log records, as stored.</summary>
public static class AuditActions
{
    public const string SignedIn = "signed_in";
    public const string SignInFailed = "sign_in_failed";
    public const string LockedOut = "locked_out";
    public const string SignedOut = "signed_out";
    public const string AccountCreated = "account_created";
    public const string ViewedList = "viewed_list";
    public const string ViewedConversation = "viewed_conversation";
    public const string Exported = "exported_csv";
    public const string MarkedReviewed = "marked_reviewed";
    public const string MarkedNotReviewed = "marked_not_reviewed";
    public const string SavedNotes = "saved_notes";
    public const string ViewedAudit = "viewed_audit";
    public const string ForgottenByPatient = "forgotten_by_patient";
    public const string DeletedByRetention = "deleted_by_retention";
}
