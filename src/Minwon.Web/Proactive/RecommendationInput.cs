using System.Net.Mail;
using Minwon.Core.Contact;

namespace Minwon.Web.Proactive;

/// <summary>A recommendation as submitted on the portal or the API; validated the same way for both.</summary>
public sealed class RecommendationInput
{
    public const int TitleMax = 200, DescriptionMax = 4000, ChangeMax = 2000, NameMax = 50;

    public RecommendationKind? Kind { get; set; }
    public int? DepartmentId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Change { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public bool Consent { get; set; }
    public string Language { get; set; } = "ko";
    /// <summary>Recommending the handler of an answered complaint: its receipt and the citizen's verification.</summary>
    public string? ComplaintReceipt { get; set; }
    public string? ComplaintVerification { get; set; }

    public bool FromComplaint => !string.IsNullOrWhiteSpace(ComplaintReceipt);

    public Dictionary<string, string> Validate()
    {
        var e = new Dictionary<string, string>();
        if (!FromComplaint)
        {
            if (Kind is null || !Enum.IsDefined(Kind.Value)) e[nameof(Kind)] = "추천 대상(공무원 또는 사례)을 선택해 주세요.";
            if (DepartmentId is null) e[nameof(DepartmentId)] = "부서를 선택해 주세요.";
        }
        Text(e, nameof(Title), Title, TitleMax, "제목을 입력해 주세요.", "제목은 200자 이내로 입력해 주세요.");
        Text(e, nameof(Description), Description, DescriptionMax, "추천 내용을 입력해 주세요.", "추천 내용은 4,000자 이내로 입력해 주세요.");
        Text(e, nameof(Change), Change, ChangeMax, "무엇이 바뀌었는지(절차·규정·관행)를 입력해 주세요.", "바뀐 점은 2,000자 이내로 입력해 주세요.");
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
        if (!Consent) e[nameof(Consent)] = "개인정보 수집·이용에 동의해야 추천할 수 있습니다.";
        if (Language is not ("ko" or "en")) Language = "ko";
        return e;
    }

    static void Text(Dictionary<string, string> e, string field, string? value, int max, string required, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value)) e[field] = required;
        else if (value.Trim().Length > max) e[field] = tooLong;
    }
}
