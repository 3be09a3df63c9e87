using System.Net.Mail;
using Minwon.Core.Contact;

namespace Minwon.Web.Complaints;

/// <summary>
/// The contact and verification rules every citizen form shares (complaints, recommendations): a phone or an e-mail,
/// Korean phone formats, a password when there is no phone. Errors are keyed by field, in Korean (resource keys).
/// </summary>
public static class CitizenContactRules
{
    /// <summary>Checks the contact fields and returns the phone and e-mail normalised (null when blank).</summary>
    public static (string? Phone, string? Email) Validate(Dictionary<string, string> e, string? phone, string? email, string? password)
    {
        phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (phone is null && email is null) e["Phone"] = "연락처(휴대전화 또는 이메일)를 하나 이상 입력해 주세요.";
        if (phone is not null)
        {
            if (KoreanPhone.TryNormalize(phone, out var normalized)) phone = normalized;
            else e["Phone"] = "전화번호 형식이 올바르지 않습니다. 예: 010-1234-5678";
        }
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.')))
            e["Email"] = "이메일 주소 형식이 올바르지 않습니다.";
        if (!string.IsNullOrEmpty(password) && (password.Length < 4 || password.Length > 64))
            e["Password"] = "비밀번호는 4자 이상 64자 이하로 입력해 주세요.";
        if (phone is null && string.IsNullOrEmpty(password) && !e.ContainsKey("Password"))
            e["Password"] = "전화번호가 없으면 조회용 비밀번호를 정해 주세요.";
        return (phone, email);
    }

    /// <summary>A required text of at most <paramref name="max"/> characters.</summary>
    public static void Text(Dictionary<string, string> e, string field, string? value, int max, string required, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value)) e[field] = required;
        else if (value.Trim().Length > max) e[field] = tooLong;
    }
}
