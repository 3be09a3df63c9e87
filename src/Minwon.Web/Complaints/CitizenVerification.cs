using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Minwon.Web.Complaints;

/// <summary>
/// How a citizen proves a complaint is theirs: the password set when filing, or, when none was set, the last four
/// digits of their phone. A password replaces the digits: anyone who knows the phone number knows those.
/// </summary>
public static class CitizenVerification
{
    /// <summary>The answer while a receipt is locked after too many failed attempts ({0}: minutes left).</summary>
    public const string Locked = "확인 정보가 여러 번 틀려 이 접수번호는 {0}분 동안 확인할 수 없습니다. 그 뒤에 다시 시도해 주세요.";

    static readonly PasswordHasher<object> Hasher = new();
    // PasswordHasher ignores the user object; one placeholder stands in for it.
    static readonly object Nobody = new();

    public static string HashPassword(string password) => Hasher.HashPassword(Nobody, password);

    public static bool Matches(string? phoneLast4, string? passwordHash, string? verification)
    {
        var v = verification?.Trim();
        if (string.IsNullOrEmpty(v)) return false;
        if (passwordHash is not null) return Hasher.VerifyHashedPassword(Nobody, passwordHash, verification!) != PasswordVerificationResult.Failed;
        return phoneLast4 is not null && v.Length == 4 &&
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(v), Encoding.ASCII.GetBytes(phoneLast4));
    }

    /// <summary>Whole minutes until a locked receipt opens again, at least one.</summary>
    public static int Minutes(TimeSpan lockedFor) => Math.Max(1, (int)Math.Ceiling(lockedFor.TotalMinutes));
}
