namespace TriageBot.Storage.Operators;

/// <summary>Operators review conversations; administrators also manage accounts and read the audit log.</summary>
public static class OperatorRoles
{
    public const string Operator = "operator";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Operator, Administrator];
}
