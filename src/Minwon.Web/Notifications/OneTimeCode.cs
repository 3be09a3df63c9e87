using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Minwon.Web.Notifications;

/// <summary>
/// Six-digit codes sent by SMS or e-mail (the public vote, "my complaints"). Only a hash bound to the code's owner (a
/// voter's or a contact's own hash) is stored, and a typed code is compared in constant time.
/// </summary>
public static class OneTimeCode
{
    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string HashFor(string owner, string code) => Sha256Hex(owner + code.Trim());

    public static bool Matches(string owner, string typed, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashFor(owner, typed)), Encoding.ASCII.GetBytes(storedHash));

    public static string Sha256Hex(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
