using System.Globalization;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Notifications;

/// <summary>
/// Writes citizen notices into the outbox in the complaint's language. Only public facts go out: receipt number,
/// department, the handler's public alias and the duty phone — never a staff member's name.
/// </summary>
public sealed class Notifier(AppDbContext db, IStringLocalizer<SharedResource> L, NotificationSignal signal,
    TimeProvider clock, IConfiguration config)
{
    string PortalUrl => config.PublicLink("");

    // Anyone can file with any address, so the receipt carries no text the filer wrote (the title could be a phishing line
    // sent in the office's name) and says what to do about a complaint one did not file.
    public void Filed(Complaint c) => Queue(c, "[민원 접수] {0}",
        "민원이 접수되었습니다.\n접수번호: {0}\n처리기한: {1}\n조회: {2}/track?receipt={0}\n\n직접 신청하지 않은 민원이라면 이 안내를 무시하셔도 됩니다.", c.ReceiptNumber, Due(c), PortalUrl);

    public void Transferred(Complaint c, string toDepartment, string reason) => Queue(c, "[민원 이송] {0}",
        "민원이 {1}(으)로 이송되었습니다.\n사유: {2}\n새 처리기한: {3}\n조회: {4}/track?receipt={0}", c.ReceiptNumber, toDepartment, reason, Due(c), PortalUrl);

    public void Extended(Complaint c, string reason) => Queue(c, "[처리기간 연장] {0}",
        "민원 처리기간이 연장되었습니다.\n사유: {1}\n새 처리기한: {2}\n조회: {3}/track?receipt={0}", c.ReceiptNumber, reason, Due(c), PortalUrl);

    public void Answered(Complaint c, string department, string alias, string dutyPhone) => Queue(c, "[민원 답변] {0}",
        "민원에 대한 답변이 등록되었습니다.\n담당: {1} {2} (☎ {3})\n\n{4}\n\n만족도 평가: {5}/track?receipt={0}", c.ReceiptNumber, department, StaffAliasDisplay.Localize(alias, CultureOf(c)), dutyPhone, c.Answer ?? "", PortalUrl);

    public void Closed(Complaint c, string reason) => Queue(c, "[민원 종결] {0}",
        "민원이 종결되었습니다.\n사유: {1}\n조회: {2}/track?receipt={0}", c.ReceiptNumber, reason, PortalUrl);

    /// <summary>The statutory notice of Art. 23(1) of the Civil Petitions Act: a repeated complaint closed without a new answer.</summary>
    public void ClosedAsRepeat(Complaint c, string earlierReceipts) => Queue(c, "[반복 민원 종결 안내] {0}",
        "귀하께서 제출하신 민원(접수번호 {0})은 이전에 제출하신 민원(접수번호 {1})과 같은 내용으로, 이미 2회 이상 처리 결과를 안내해 드렸습니다.\n「민원 처리에 관한 법률」 제23조제1항에 따라 이번 민원은 별도의 답변 없이 종결 처리되었음을 알려드립니다.\n조회: {2}/track?receipt={0}",
        c.ReceiptNumber, earlierReceipts, PortalUrl);

    /// <summary>A workspace notice to a staff member (alerts); staff notices are in Korean, the working language.</summary>
    public void StaffEmail(string to, string subject, string body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage { Channel = NotificationChannel.Email, To = to, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now });
    }

    string Due(Complaint c) => Minwon.Core.Deadlines.KoreaTime.ToKst(c.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    static CultureInfo CultureOf(Complaint c) => CultureInfo.GetCultureInfo(c.Language == "en" ? "en" : "ko");

    void Queue(Complaint c, string subjectKey, string bodyKey, params object[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureOf(c);
        try
        {
            var subject = L[subjectKey, args].Value;
            var body = L[bodyKey, args].Value;
            var now = clock.GetUtcNow().UtcDateTime;
            if (!string.IsNullOrWhiteSpace(c.CitizenEmail))
                db.Outbox.Add(new OutboxMessage { Channel = NotificationChannel.Email, To = c.CitizenEmail, Subject = subject, Body = body, ComplaintId = c.Id == 0 ? null : c.Id, CreatedAt = now, NextAttemptAt = now });
            if (!string.IsNullOrWhiteSpace(c.CitizenPhone))
                db.Outbox.Add(new OutboxMessage { Channel = NotificationChannel.Sms, To = c.CitizenPhone, Subject = subject, Body = subject, ComplaintId = c.Id == 0 ? null : c.Id, CreatedAt = now, NextAttemptAt = now });
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    /// <summary>Call after SaveChanges so the dispatcher picks the new rows up at once.</summary>
    public void Flush() => signal.Pulse();
}
