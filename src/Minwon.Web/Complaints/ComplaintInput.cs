using Minwon.Core.Complaints;

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

        (Phone, Email) = CitizenContactRules.Validate(e, Phone, Email, Password);
        if (!Consent) e[nameof(Consent)] = "개인정보 수집·이용에 동의해야 민원을 신청할 수 있습니다.";
        if (Language is not ("ko" or "en")) Language = "ko";
        return e;
    }

    static void Text(Dictionary<string, string> e, string field, string? value, int max, string required, string tooLong) =>
        CitizenContactRules.Text(e, field, value, max, required, tooLong);
}
