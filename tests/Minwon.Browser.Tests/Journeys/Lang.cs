using System.Text.RegularExpressions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The visible texts a journey reads or clicks, in one language. The Korean ones are the pages' own keys; the English
/// ones are their entries in Resources/SharedResource.en.resx. Labels with a "(필수)"/"(required)" suffix are matched
/// by their start.
/// </summary>
public sealed record Lang(
    string Code,
    string SwitchLink,
    // Filing
    string TypeQuestion, Regex Category, string CategoryName, Regex Title, Regex Body, Regex Attachments, Regex Name,
    string Phone, string Email, Regex Consent, string FileButton, string Received,
    // Validation messages
    string BodyRequired, string CategoryRequired, string ConsentRequired,
    // Staff
    string StaffEmail, string StaffPassword, string SignIn, string FilterCategory, string FilterAssignee, string Unassigned,
    string Apply, string NextPage, string AssignButton, string AnswerText, string SaveDraft, string DraftSaved, string SendAnswer,
    // Tracking
    string TrackLink, string Receipt, string Verification, string LookUp, string RatingFive, string Comment, string SubmitRating,
    string RatingRecorded, string FivePoints, string AnsweredBy)
{
    public static readonly Lang Korean = new(
        "ko", "English",
        "질의민원", new("^분야"), "도로 보수", new("^제목"), new("^내용"), new("^첨부파일"), new("^이름"),
        "휴대전화", "이메일", new("^위 개인정보 수집·이용에 동의합니다"), "민원 신청", "민원이 접수되었습니다.",
        "내용을 입력해 주세요.", "분야를 선택해 주세요.", "개인정보 수집·이용에 동의해야 민원을 신청할 수 있습니다.",
        "이메일", "비밀번호", "로그인", "분야", "담당자", "미배정",
        "적용", "다음 페이지", "배정", "답변 내용", "임시저장", "답변을 임시저장했습니다.", "답변 발송",
        "민원 조회", "접수번호", "확인 정보", "조회", "5점 (매우 만족)", "의견", "평가 등록",
        "소중한 의견 감사합니다. 만족도 평가가 등록되었습니다.", "5점", "답변자: {0}");

    public static readonly Lang English = new(
        "en", "한국어",
        "Question", new("^Category"), "Road repair", new("^Title"), new("^Description"), new("^Attachments"), new("^Name"),
        "Mobile phone", "Email", new("^I agree to the collection and use"), "File a complaint", "Your complaint has been received.",
        "Enter the details.", "Choose a category.", "You must consent to the collection and use of personal data to file a complaint.",
        "Email", "Password", "Sign in", "Category", "Handler", "Unassigned",
        "Apply", "Next page", "Assign", "Answer text", "Save draft", "The draft answer has been saved.", "Send answer",
        "Track a complaint", "Receipt number", "Verification", "Look up", "5 (very satisfied)", "Comment", "Submit rating",
        "Thank you. Your rating has been recorded.", "5 points", "Answered by: {0}");

    public static Lang Of(string code) => code == "en" ? English : Korean;

    /// <summary>A stored public alias as the pages show it in this language ("담당자 R-0300" reads "Officer R-0300" in English).</summary>
    public string Alias(string alias) => Minwon.Web.Staff.StaffAliasDisplay.Localize(alias, System.Globalization.CultureInfo.GetCultureInfo(Code));

    public override string ToString() => Code;
}
