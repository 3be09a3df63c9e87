using System.Security.Cryptography;
using System.Text;

namespace Minwon.Web.Protection;

/// <summary>
/// Recognises the same complainant across complaints, calls and visits without keeping another copy of their contact
/// details: a hash of the phone digits (or of the e-mail address when there is no phone). Safe to put in a URL.
/// </summary>
public static class ComplainantKey
{
    public static string? From(string? phone, string? email)
    {
        var digits = phone is null ? "" : Minwon.Core.Contact.KoreanPhone.Digits(phone);
        if (digits.Length >= 8) return Hash("tel:" + digits);
        return string.IsNullOrWhiteSpace(email) ? null : Hash("mail:" + email.Trim().ToLowerInvariant());
    }

    static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
}
