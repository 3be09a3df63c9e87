using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Minwon.Web.Complaints;

/// <summary>How a citizen proves a complaint is theirs: the last four digits of their phone, or the password set when filing.</summary>
public static class CitizenVerification
{
    static readonly PasswordHasher<object> Hasher = new();
    // PasswordHasher ignores the user object; one placeholder stands in for it.
    static readonly object Nobody = new();

    public static string HashPassword(string password) => Hasher.HashPassword(Nobody, password);

    public static bool Matches(string? phoneLast4, string? passwordHash, string? verification)
    {
        var v = verification?.Trim();
        if (string.IsNullOrEmpty(v)) return false;
        if (phoneLast4 is not null && v.Length == 4 &&
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(v), Encoding.ASCII.GetBytes(phoneLast4))) return true;
        return passwordHash is not null && Hasher.VerifyHashedPassword(Nobody, passwordHash, verification!) != PasswordVerificationResult.Failed;
    }
}
