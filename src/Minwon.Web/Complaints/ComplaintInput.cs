using System.Net.Mail;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;

namespace Minwon.Web.Complaints;

/// <summary>What a citizen (or an agent on their behalf) submits; validated the same way for pages and the API.</summary>
public sealed class ComplaintInput
{
    public const int TitleMax = 200, BodyMax = 10_000, NameMax = 50, CommentMax = 1_000;

    public ComplaintType? Type { get; set; }
    public int? StatutoryServiceId { get; set; }
    public int? CategoryId { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>Optional; required when no phone is given, since the phone's last four digits are the other verification.</summary>
    public string? Password { get; set; }
    public bool Consent { get; set; }
    public string Language { get; set; } = "ko";

    /// <summary>Checks every field and normalises phone and e-mail in place.</summary>
    public Dictionary<string, string> Validate()
    {
        var e = new Dictionary<string, string>();
        if (Type is null || !Enum.IsDefined(Type.Value)) e[nameof(Type)] = "민원 종류를 선택해 주세요.";
        else if (Type == ComplaintType.Statutory && StatutoryServiceId is null) e[nameof(StatutoryServiceId)] = "법정민원은 신청할 서비스를 선택해 주세요.";
        if (CategoryId is null) e[nameof(CategoryId)] = "분야를 선택해 주세요.";
        Text(e, nameof(Title), Title, TitleMax, "제목을 입력해 주세요.", "제목은 200자 이내로 입력해 주세요.");
        Text(e, nameof(Body), Body, BodyMax, "내용을 입력해 주세요.", "내용은 10,000자 이내로 입력해 주세요.");
        Text(e, nameof(Name), Name, NameMax, "이름을 입력해 주세요.", "이름은 50자 이내로 입력해 주세요.");

        Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        if (Phone is null && Email is null) e[nameof(Phone)] = "연락처(휴대전화 또는 이메일)를 하나 이상 입력해 주세요.";
        if (Phone is not null)
        {
            if (KoreanPhone.TryNormalize(Phone, out var normalized)) Phone = normalized;
            else e[nameof(Phone)] = "전화번호 형식이 올바르지 않습니다. 예: 010-1234-5678";
        }
        if (Email is not null && (Email.Length > 254 || !MailAddress.TryCreate(Email, out var parsed) || parsed.Address != Email || !Email.Contains('.')))
            e[nameof(Email)] = "이메일 주소 형식이 올바르지 않습니다.";
        if (!string.IsNullOrEmpty(Password) && (Password.Length < 4 || Password.Length > 64))
            e[nameof(Password)] = "비밀번호는 4자 이상 64자 이하로 입력해 주세요.";
        if (Phone is null && string.IsNullOrEmpty(Password) && !e.ContainsKey(nameof(Password)))
            e[nameof(Password)] = "전화번호가 없으면 조회용 비밀번호를 정해 주세요.";
        if (!Consent) e[nameof(Consent)] = "개인정보 수집·이용에 동의해야 민원을 신청할 수 있습니다.";
        if (Language is not ("ko" or "en")) Language = "ko";
        return e;
    }

    static void Text(Dictionary<string, string> e, string field, string? value, int max, string required, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value)) e[field] = required;
        else if (value.Trim().Length > max) e[field] = tooLong;
    }
}
