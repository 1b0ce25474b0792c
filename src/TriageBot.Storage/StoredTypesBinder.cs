using Newtonsoft.Json.Serialization;

namespace TriageBot.Storage;

/// <summary>
/// Bot state is stored with type names (as Bot Framework's MemoryStorage does) so it reads back as the same
/// types. Stored JSON must not be able to name any other type: only ours, Bot Framework's and collections.
/// </summary>
internal sealed class StoredTypesBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblies =
        ["TriageBot.", "Microsoft.Bot.", "System.Private.CoreLib", "System.Collections", "Newtonsoft.Json"];

    private readonly DefaultSerializationBinder _default = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is null || !AllowedAssemblies.Any(a => assemblyName.StartsWith(a, StringComparison.Ordinal)))
            throw new Newtonsoft.Json.JsonSerializationException($"Stored state names a type from a disallowed assembly: {assemblyName}.");
        var type = _default.BindToType(assemblyName, typeName);
        if (typeof(Delegate).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true)
            throw new Newtonsoft.Json.JsonSerializationException($"Stored state names a disallowed type: {typeName}.");
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        _default.BindToName(serializedType, out assemblyName, out typeName);
}
