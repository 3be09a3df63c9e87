using Minwon.Web.Complaints;

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
        (Phone, Email) = CitizenContactRules.Validate(e, Phone, Email, Password);
        if (!Consent) e[nameof(Consent)] = "개인정보 수집·이용에 동의해야 추천할 수 있습니다.";
        if (Language is not ("ko" or "en")) Language = "ko";
        return e;
    }

    static void Text(Dictionary<string, string> e, string field, string? value, int max, string required, string tooLong) =>
        CitizenContactRules.Text(e, field, value, max, required, tooLong);
}
