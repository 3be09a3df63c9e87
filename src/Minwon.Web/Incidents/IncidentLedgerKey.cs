using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;

namespace Minwon.Web.Incidents;

/// <summary>
/// The secret that keys the incident chain (HMAC-SHA256). It never goes into the database: whoever can write to the
/// database but does not hold the key cannot make a forged entry, or a re-linked chain, that verifies.
/// <see cref="UnkeyedEntries"/> travels with the key for the same reason: it says how many entries were written
/// before the key existed, so an attacker cannot pass keyed entries off as old unkeyed ones.
/// </summary>
public sealed class IncidentLedgerKey
{
    public const int MinimumBytes = 32;
    readonly byte[] secret;

    public IncidentLedgerKey(byte[] secret, long unkeyedEntries, string source)
    {
        if (secret.Length < MinimumBytes) throw new ArgumentException($"The ledger key must be at least {MinimumBytes} bytes.", nameof(secret));
        this.secret = (byte[])secret.Clone();
        UnkeyedEntries = unkeyedEntries;
        Source = source;
        Id = Mac("minwon-incident-ledger/key-id")[..16];
    }

    /// <summary>A public fingerprint of the key (16 hex digits), stored with each entry so a changed key is named as such.</summary>
    public string Id { get; }

    /// <summary>How many entries at the start of the chain predate the key and carry a plain SHA-256.</summary>
    public long UnkeyedEntries { get; }

    /// <summary>Where the key came from, for messages ("configuration Incidents:LedgerKey", "file …").</summary>
    public string Source { get; }

    public string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text)));

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(MinimumBytes);
}

/// <summary>
/// Finds the ledger key: <c>Incidents:LedgerKey</c> (base64, with <c>Incidents:LedgerUnkeyedEntries</c>), or the key
/// file <c>Incidents:LedgerKeyFile</c> (by default <c>data/incident-ledger.key</c> with the embedded SQLite database).
/// The app creates a missing key file at start (<see cref="EnsureAsync"/>); verification never does, so a lost key is
/// reported as lost instead of being replaced behind the reader's back. The key is read on each use (a few bytes), so a
/// restored key file counts without a restart.
/// </summary>
public sealed class IncidentLedgerKeyStore(IncidentOptions options, string? defaultKeyFile)
{
    /// <summary>
    /// The key file in use, or null when the key comes from configuration (or nothing is configured). A relative path
    /// is taken from the working directory, like the SQLite file's.
    /// </summary>
    public string? KeyFile => options.LedgerKey is { Length: > 0 } || (options.LedgerKeyFile is { Length: > 0 } ? options.LedgerKeyFile : defaultKeyFile) is not { } path
        ? null : Path.GetFullPath(path);

    bool Configured => options.LedgerKey is { Length: > 0 } || KeyFile is not null;

    /// <summary>The key for writing: throws when there is none (the app creates it at start, so this means it was removed).</summary>
    public IncidentLedgerKey Current => TryLoad(out var problem) ?? throw new InvalidOperationException(problem);

    /// <summary>The key, or null with the reason in <paramref name="problem"/>. Never creates one.</summary>
    public IncidentLedgerKey? TryLoad(out string problem)
    {
        problem = "";
        if (!Configured)
        {
            problem = "no incident ledger key is configured: set Incidents:LedgerKey (base64, from a secret store) or Incidents:LedgerKeyFile";
            return null;
        }
        if (options.LedgerKey is { Length: > 0 } text)
        {
            byte[] secret;
            try { secret = Convert.FromBase64String(text.Trim()); }
            catch (FormatException) { problem = "Incidents:LedgerKey is not base64"; return null; }
            if (secret.Length < IncidentLedgerKey.MinimumBytes) { problem = $"Incidents:LedgerKey is shorter than {IncidentLedgerKey.MinimumBytes} bytes"; return null; }
            return new IncidentLedgerKey(secret, options.LedgerUnkeyedEntries ?? 0, "configuration Incidents:LedgerKey");
        }
        var path = KeyFile!;
        if (!File.Exists(path)) { problem = $"the incident ledger key file {path} does not exist (restore it from where the key is kept)"; return null; }
        return ReadFile(path, out problem);
    }

    /// <summary>
    /// At start: creates the key file when the key comes from a file that does not exist yet, recording how many
    /// entries the chain already holds unkeyed. Throws when no key can be had at all, so the app does not start
    /// without one.
    /// </summary>
    public async Task EnsureAsync(AppDbContext db, ILogger log, CancellationToken ct = default)
    {
        var unkeyed = await db.Set<IncidentLedgerEntry>().LongCountAsync(e => e.Algorithm == LedgerAlgorithm.Sha256, ct);
        if (KeyFile is { } path && !File.Exists(path))
        {
            var keyed = await db.Set<IncidentLedgerEntry>().AnyAsync(e => e.Algorithm == LedgerAlgorithm.HmacSha256, ct);
            if (keyed)
                log.LogCritical("The incident ledger key file {Path} is missing although keyed entries exist: a new key is made, and the entries keyed " +
                    "with the lost one will be reported as keyed with another key until it is restored.", path);
            Create(path, unkeyed);
            log.LogWarning("Created the incident ledger key {Path} ({Unkeyed} earlier entries unkeyed). Keep a copy apart from database backups.", path, unkeyed);
        }
        var key = TryLoad(out var problem) ?? throw new InvalidOperationException($"Incident register: {problem}.");
        if (unkeyed > key.UnkeyedEntries)
            log.LogError("The incident ledger holds {Unkeyed} unkeyed entries but the key ({Source}) allows {Allowed}: verification reports the chain as broken. " +
                "If these entries predate the keyed ledger, set Incidents:LedgerUnkeyedEntries={Unkeyed} next to Incidents:LedgerKey.",
                unkeyed, key.Source, key.UnkeyedEntries, unkeyed);
    }

    static void Create(string path, long unkeyedEntries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = "# Minwon incident ledger key. Keep it secret and apart from database backups: with the database alone nobody\n" +
                   "# can forge the incident chain, with both they can. Without it the keyed chain cannot be verified.\n" +
                   $"key={Convert.ToBase64String(IncidentLedgerKey.NewSecret())}\n" +
                   $"created={DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\n" +
                   $"unkeyed-entries={unkeyedEntries.ToString(CultureInfo.InvariantCulture)}\n";
        var mode = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) mode.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, mode);
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first; use theirs.
        }
    }

    static IncidentLedgerKey? ReadFile(string path, out string problem)
    {
        problem = "";
        var fields = File.ReadAllLines(path).Where(l => !l.StartsWith('#') && l.Contains('='))
            .ToDictionary(l => l[..l.IndexOf('=')].Trim(), l => l[(l.IndexOf('=') + 1)..].Trim());
        byte[] secret;
        try { secret = Convert.FromBase64String(fields.GetValueOrDefault("key") ?? ""); }
        catch (FormatException) { secret = []; }
        if (secret.Length < IncidentLedgerKey.MinimumBytes) { problem = $"the incident ledger key file {path} holds no valid key"; return null; }
        var unkeyed = long.TryParse(fields.GetValueOrDefault("unkeyed-entries"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new IncidentLedgerKey(secret, unkeyed, $"file {path}");
    }
}
