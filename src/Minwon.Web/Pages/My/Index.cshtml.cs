using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Complaints;

namespace Minwon.Web.Pages.My;

/// <summary>
/// "My complaints": the complaints filed with a phone number or e-mail address that also pass the same verification
/// as /track (the phone's last four digits, or the password set when filing). Only POST, so nothing lands in a URL.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VerificationRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> L) : PageModel
{
    public const int MaxRows = 50;

    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Verification { get; set; }

    public IReadOnlyList<Row>? Rows { get; private set; }

    public sealed record Row(string ReceiptNumber, string Title, ComplaintType Type, ComplaintStatus Status, DateTime ReceivedAt, DateTime DueAt);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var contact = Contact?.Trim();
        var verification = Verification?.Trim();
        string? phone = null, email = null;
        if (string.IsNullOrEmpty(contact)) ModelState.AddModelError(nameof(Contact), L["휴대전화 번호 또는 이메일 주소를 입력해 주세요."]);
        else if (contact.Contains('@')) email = contact.Length <= 254 ? contact : null;
        else if (KoreanPhone.TryNormalize(contact, out var normalized)) phone = normalized;
        if (!string.IsNullOrEmpty(contact) && phone is null && email is null)
            ModelState.AddModelError(nameof(Contact), L["휴대전화 번호 또는 이메일 주소 형식이 올바르지 않습니다."]);
        if (string.IsNullOrEmpty(verification)) ModelState.AddModelError(nameof(Verification), L["휴대전화 끝 4자리 또는 비밀번호를 입력해 주세요."]);
        else if (verification.Length > 64) ModelState.AddModelError(nameof(Verification), L["비밀번호는 4자 이상 64자 이하로 입력해 주세요."]);
        if (!ModelState.IsValid) return Page();

        // Both lookups use their own index; at most MaxRows candidates are checked.
        var query = db.Complaints.AsNoTracking();
        query = phone is not null ? query.Where(c => c.CitizenPhone == phone) : query.Where(c => c.CitizenEmail == email);
        var candidates = await query.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Take(MaxRows)
            .Select(c => new { c.Id, c.Title, c.Type, c.Status, c.ReceivedAt, c.DueAt, c.PhoneLast4, c.PasswordHash })
            .ToListAsync(ct);

        var rows = new List<Row>();
        foreach (var c in candidates)
        {
            if (!CitizenVerification.Matches(c.PhoneLast4, c.PasswordHash, verification)) continue;
            rows.Add(new Row(ReceiptNumber.Format(c.Id, c.ReceivedAt), c.Title, c.Type, c.Status, c.ReceivedAt, c.DueAt));
        }
        if (rows.Count == 0)
        {
            ModelState.AddModelError("", L["입력하신 연락처와 확인 정보에 맞는 민원이 없습니다."]);
            return Page();
        }
        Rows = rows;
        return Page();
    }

}
