using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TriageBot.Storage;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// Mints and checks Direct Line tokens: the conversation id and expiry, signed with HMAC-SHA256. A token
/// opens exactly one conversation; clients treat it as opaque.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, StorageOptions storage, IHostEnvironment environment, TimeProvider clock)
    {
        var settings = options.Value;
        _clock = clock;
        _lifetime = TimeSpan.FromMinutes(settings.TokenLifetimeMinutes);
        _key = string.IsNullOrWhiteSpace(settings.TokenSigningKey)
            ? KeyInDataFolder(storage.DataFolderPath(environment.ContentRootPath))
            : Convert.FromBase64String(settings.TokenSigningKey);
    }

    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public string Mint(string conversationId)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(conversationId, (_clock.GetUtcNow() + _lifetime).ToUnixTimeSeconds()));
        return $"{Base64Url(payload)}.{Base64Url(HMACSHA256.HashData(_key, payload))}";
    }

    /// <summary>The token's grant if its signature is ours; expiry is the caller's to check.</summary>
    public DirectLineToken? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || FromBase64Url(parts[0]) is not { } payload || FromBase64Url(parts[1]) is not { } signature)
            return null;
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
            return null;
        var grant = JsonSerializer.Deserialize<Payload>(payload); // signed by us, so it parses
        return grant is null ? null : new DirectLineToken(grant.C, DateTimeOffset.FromUnixTimeSeconds(grant.E));
    }

    private static byte[] KeyInDataFolder(string folder)
    {
        var path = Path.Combine(folder, "directline-signing.key");
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path));
        Directory.CreateDirectory(folder);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed record Payload(string C, long E);
}
