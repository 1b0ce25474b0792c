namespace TriageBot.Web.DirectLine;

/// <summary>The "DirectLine" configuration section: the self-hosted Direct Line 3.0 endpoint.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>A site secret that may mint tokens and start conversations (empty: only the host's own
    /// /api/directline/token mints them). From an environment variable or user secrets, never the repository.</summary>
    public string? Secret { get; set; }

    /// <summary>Base64 HMAC key for tokens. Empty: a key is generated once into the data folder, which is right
    /// for one instance; several instances must share a configured key.</summary>
    public string? TokenSigningKey { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Web origins allowed to get a widget token from /api/directline/token.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>Requests one token (or, without one, one address) may make per window; Web Chat polls once a second.</summary>
    public int RequestsPerWindow { get; set; } = 300;

    public int RateWindowSeconds { get; set; } = 60;

    /// <summary>How often an idle WebSocket stream sends an empty frame (and looks at the log again).</summary>
    public int StreamKeepAliveSeconds { get; set; } = 15;

    /// <summary>The largest activity a client may post, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;
}
