using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Proactive;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;
using static Minwon.Web.Tests.Proactive.ProactiveTestKit;

namespace Minwon.Web.Tests.Proactive;

/// <summary>적극행정 rules through the HTTP surface: recommending a handler by alias, screening, scoring with recusal and
/// range checks, the 80/20 aggregation, the vote window and one vote per person, and naming only with consent.</summary>
public abstract class ProactiveTests(MinwonApp app) : IntegrationTest(app)
{
    static object Recommendation(string receipt, string verification) => new
    {
        complaintReceipt = receipt, complaintVerification = verification, title = "빠른 처리 감사합니다", description = "민원 절차를 직접 고쳐 주셨습니다.",
        change = "온라인 신청 절차 신설", name = "김영희", phone = Phone, consent = true,
    };

    [Fact]
    public async Task Recommending_the_handler_of_an_answered_complaint_records_them_but_shows_only_the_alias()
    {
        var receipt = await AnsweredComplaintAsync(App);
        var officer = await UserAsync(App, Officer);

        var response = await Client.PostAsJsonAsync("/api/v1/proactive/recommendations", Recommendation(receipt, "6789"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(officer.RealName, text);
        using var json = JsonDocument.Parse(text);
        var number = json.RootElement.GetProperty("receiptNumber").GetString()!;
        Assert.Matches(@"^AP-\d{4}-\d{6}$", number);
        Assert.Equal(officer.PublicAlias, json.RootElement.GetProperty("nominee").GetString());
        var recId = long.Parse(number[^6..]);
        var stored = await App.ExecuteDbContextAsync(db => db.Set<Recommendation>().AsNoTracking().SingleAsync(r => r.Id == recId));
        Assert.Equal(officer.Id, stored.NomineeId);
        Assert.Equal(officer.DepartmentId, stored.DepartmentId);
        Assert.Equal(ComplaintId(receipt), stored.ComplaintId);

        // Status with the verification; a wrong one finds nothing.
        var status = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/proactive/recommendations/{number}") { Headers = { { "X-Verification", "6789" } } };
        var ok = await Client.SendAsync(status);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Submitted", await ok.Content.ReadAsStringAsync());
        var wrong = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/proactive/recommendations/{number}") { Headers = { { "X-Verification", "0000" } } };
        Assert.Equal(HttpStatusCode.NotFound, (await Client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task The_tracking_page_leads_to_the_form_with_the_alias_and_the_receipt_page_never_shows_the_name()
    {
        var receipt = await AnsweredComplaintAsync(App);
        var officer = await UserAsync(App, Officer);
        var track = await PostFormAsync(Client, "/track", [new("Receipt", receipt), new("Verification", "6789")]);
        var trackHtml = await track.Content.ReadAsStringAsync();
        Assert.Contains("recommend-handler", trackHtml);

        var form = await Client.PostAsync("/proactive/recommend?handler=FromComplaint", new FormUrlEncodedContent(
            [new("receipt", receipt), new("verification", "6789"), new("__RequestVerificationToken", AntiforgeryToken(trackHtml))]));
        var formHtml = await form.Content.ReadAsStringAsync();
        Assert.Contains(officer.PublicAlias, formHtml);
        Assert.DoesNotContain(officer.RealName, formHtml);

        var submitted = await Client.PostAsync("/proactive/recommend", new FormUrlEncodedContent(
        [
            new("Input.ComplaintReceipt", receipt), new("Input.ComplaintVerification", "6789"), new("Input.Title", "절차를 고쳐 주셨습니다"),
            new("Input.Description", "온라인 신청이 가능해졌습니다."), new("Input.Change", "신청 절차 개선"), new("Input.Name", "김영희"),
            new("Input.Phone", Phone), new("Input.Consent", "true"), new("__RequestVerificationToken", AntiforgeryToken(formHtml)),
        ]));
        var html = await submitted.Content.ReadAsStringAsync();
        Assert.Contains("receipt-number", html);
        Assert.Contains(officer.PublicAlias, html);
        Assert.DoesNotContain(officer.RealName, html);
    }

    [Fact]
    public async Task The_handler_of_an_unanswered_complaint_cannot_be_recommended_and_nothing_is_stored()
    {
        await EnsureStaffAsync(App);
        var receipt = await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: Phone));
        var before = await App.ExecuteDbContextAsync(db => db.Set<Recommendation>().CountAsync());

        var response = await Client.PostAsJsonAsync("/api/v1/proactive/recommendations", Recommendation(receipt, "6789"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("답변을 받은 민원의 담당자만 추천할 수 있습니다.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await App.ExecuteDbContextAsync(db => db.Set<Recommendation>().CountAsync()));
        // A wrong verification reads like an unknown receipt.
        var wrong = await Client.PostAsJsonAsync("/api/v1/proactive/recommendations", Recommendation(receipt, "1111"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_of_the_candidates_department_is_refused_with_a_message_the_recusal_is_recorded_and_no_score_stored()
    {
        var period = await PeriodAsync(App);
        var id = await EligibleAsync(App, period.Id, "ROAD");
        var officerPages = await StaffPagesAsync(App, Officer); // 도로교통과
        var criteria = period.Criteria.OrderBy(c => c.Order).ToList();

        var response = await PostFormAsync(officerPages, $"/staff/proactive/recommendations/{id}",
            criteria.Select(c => new KeyValuePair<string, string>($"Points[{c.Id}]", "10")), $"/staff/proactive/recommendations/{id}?handler=Score");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("자기 부서의 후보는 심사할 수 없습니다(회피).", html);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Set<ReviewScore>().CountAsync(s => s.RecommendationId == id)));
        var officer = await UserAsync(App, Officer);
        var recusal = await App.ExecuteDbContextAsync(db => db.Set<Recusal>().SingleAsync(r => r.RecommendationId == id));
        Assert.Equal(officer.Id, recusal.ReviewerId);
    }

    [Fact]
    public async Task Scores_out_of_range_or_missing_are_refused_and_change_nothing()
    {
        var period = await PeriodAsync(App);
        var id = await EligibleAsync(App, period.Id, "ROAD");
        var supervisorPages = await StaffPagesAsync(App, Supervisor);
        var criteria = period.Criteria.OrderBy(c => c.Order).ToList();

        // 31 on a criterion worth 30 points.
        var response = await PostFormAsync(supervisorPages, $"/staff/proactive/recommendations/{id}",
            criteria.Select((c, i) => new KeyValuePair<string, string>($"Points[{c.Id}]", i == 0 ? "31" : "5")), $"/staff/proactive/recommendations/{id}?handler=Score");
        var scoreHtml = await response.Content.ReadAsStringAsync();
        Assert.Contains("점수는 0점부터 각 기준의 배점까지 입력할 수 있습니다.", scoreHtml);
        Assert.False((await ScoreAsync(App, id, Supervisor, -1, 5, 5, 5)).Succeeded);
        Assert.False((await ScoreAsync(App, id, Supervisor, 5, null, 5, 5)).Succeeded);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Set<ReviewScore>().CountAsync(s => s.RecommendationId == id)));

        // In range: stored, and scoring again replaces the sheet.
        Assert.True((await ScoreAsync(App, id, Supervisor, 30, 20, 10, 0)).Succeeded);
        Assert.True((await ScoreAsync(App, id, Supervisor, 25, 20, 10, 5)).Succeeded);
        Assert.Equal(60, await App.ExecuteDbContextAsync(db => db.Set<ReviewScore>().Where(s => s.RecommendationId == id).SumAsync(s => s.Points)));
    }

    [Fact]
    public async Task A_submitted_but_unscreened_recommendation_cannot_be_scored_and_screening_needs_a_reason()
    {
        var period = await PeriodAsync(App);
        var supervisorPages = await StaffPagesAsync(App, Supervisor);
        var civ = await DepartmentIdAsync(App, "CIV");
        var (_, r) = await WithAsync(App, sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<RecommendationService>(sp)
            .SubmitAsync(new RecommendationInput { Kind = RecommendationKind.Official, DepartmentId = civ, Title = "친절", Description = "친절했습니다", Change = "없음", Name = "이민호", Phone = "010-5555-4444", Consent = true }, default));
        var page = $"/staff/proactive/recommendations/{r!.Id}";

        var noReason = await PostFormAsync(supervisorPages, page, [new("Eligible", "false"), new("Reason", "")], page + "?handler=Screen");
        Assert.Contains("검토 사유를 1,000자 이내로 입력해 주세요.", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(RecommendationStatus.Submitted, await App.ExecuteDbContextAsync(db => db.Set<Recommendation>().Where(x => x.Id == r.Id).Select(x => x.Status).SingleAsync()));
        Assert.Equal(Minwon.Web.Complaints.Failure.Conflict, (await ScoreAsync(App, r.Id, Supervisor, 1, 1, 1, 1)).Failure);

        var screened = await PostFormAsync(supervisorPages, page, [new("Eligible", "false"), new("PeriodId", period.Id.ToString()), new("Reason", "단순 친절은 적극행정이 아닙니다.")], page + "?handler=Screen");
        Assert.Contains("검토 결과를 저장했습니다.", await screened.Content.ReadAsStringAsync());
        Assert.Equal(RecommendationStatus.Ineligible, await App.ExecuteDbContextAsync(db => db.Set<Recommendation>().Where(x => x.Id == r.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_final_score_weights_the_jury_mean_80_and_the_vote_20_relative_to_the_most_voted()
    {
        var now = DateTime.UtcNow;
        var period = await PeriodAsync(App);
        var a = await EligibleAsync(App, period.Id, "ROAD");
        var b = await EligibleAsync(App, period.Id, "ENV");
        period = await VoteWindowAsync(App, period.Id, now.AddHours(-1), now.AddHours(1), juryShare: 80);
        // A: reviewers total 90 and 70 (mean 80); B: 60 and 100 (mean 80). Admin and supervisor are in 민원봉사과.
        Assert.True((await ScoreAsync(App, a, Supervisor, 30, 30, 20, 10)).Succeeded);
        Assert.True((await ScoreAsync(App, a, Admin, 20, 20, 20, 10)).Succeeded);
        Assert.True((await ScoreAsync(App, b, Supervisor, 20, 20, 10, 10)).Succeeded);
        Assert.True((await ScoreAsync(App, b, Admin, 30, 30, 20, 20)).Succeeded);
        // Votes: A gets 3, B gets 1.
        foreach (var (rec, n) in new[] { (a, 3), (b, 1) })
            for (var i = 0; i < n; i++)
            {
                var (_, codeId, code) = await RequestCodeAsync(App, Client, period.Id, rec, NewMobile());
                Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/v1/proactive/vote", new { codeId, code })).StatusCode);
            }

        var ranking = await WithAsync(App, sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommitteeService>(sp).RankingAsync(period, default));

        var first = ranking[0];
        var second = ranking[1];
        Assert.Equal(a, first.RecommendationId);
        Assert.Equal(80, first.Jury);
        Assert.Equal(100, first.VoteScore);
        Assert.Equal(84, first.Final);          // 80 × 0.8 + 100 × 0.2
        Assert.Equal(b, second.RecommendationId);
        Assert.Equal(33.33, second.VoteScore);
        Assert.Equal(70.67, second.Final);      // 80 × 0.8 + 33.33 × 0.2
        Assert.Equal((1, 2), (first.Rank, second.Rank));
    }

    [Fact]
    public async Task Before_the_vote_opens_the_page_says_when_and_shows_the_candidates()
    {
        // A fresh instance: in the shared one another test's open vote would be the page's vote.
        await using var app = await MinwonApp.StartAsync(App.Database);
        await EnsureStaffAsync(app);
        var now = DateTime.UtcNow;
        var period = await PeriodAsync(app);
        await EligibleAsync(app, period.Id);
        await VoteWindowAsync(app, period.Id, now.AddDays(3), now.AddDays(10));

        var html = System.Net.WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/proactive/vote?culture=en"));
        Assert.Contains($"Voting opens at {Minwon.Web.Pages.Staff.StaffText.Kst(now.AddDays(3))} (Korea time).", html);
        Assert.Contains("Self-service kiosks", html);
        Assert.DoesNotContain("id=\"send-code\"", html);
    }

    [Fact]
    public async Task An_empty_code_is_asked_for_again_and_does_not_use_up_an_attempt()
    {
        var now = DateTime.UtcNow;
        var open = await PeriodAsync(App);
        var candidate = await EligibleAsync(App, open.Id);
        await VoteWindowAsync(App, open.Id, now.AddHours(-1), now.AddHours(1));
        var (_, codeId, code) = await RequestCodeAsync(App, Client, open.Id, candidate, NewMobile());

        // The vote page calls the service directly: more empty submits than there are attempts.
        var outcomes = await WithAsync(App, async sp =>
        {
            var votes = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<VoteService>(sp);
            var list = new List<Minwon.Web.Complaints.Outcome>();
            for (var i = 0; i <= VoteService.MaxAttempts; i++) list.Add((await votes.CastAsync(codeId, i % 2 == 0 ? "" : "  ", default)).Item1);
            return list;
        });
        Assert.All(outcomes, o => Assert.Equal("인증번호를 입력해 주세요.", o.Errors["Code"]));
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Set<VoteCode>().Where(c => c.Id == codeId).Select(c => c.Attempts).SingleAsync()));
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/v1/proactive/vote", new { codeId, code })).StatusCode);
    }

    [Fact]
    public async Task Votes_outside_the_window_and_second_votes_are_refused_with_a_message_and_the_tally_is_unchanged()
    {
        var now = DateTime.UtcNow;
        var (future, past, open) = (await PeriodAsync(App), await PeriodAsync(App), await PeriodAsync(App));
        var inFuture = await EligibleAsync(App, future.Id);
        var inPast = await EligibleAsync(App, past.Id);
        var candidate = await EligibleAsync(App, open.Id);
        var notShortlisted = await EligibleAsync(App, open.Id, shortlisted: false);
        future = await VoteWindowAsync(App, future.Id, now.AddDays(1), now.AddDays(2));
        past = await VoteWindowAsync(App, past.Id, now.AddDays(-2), now.AddDays(-1));
        open = await VoteWindowAsync(App, open.Id, now.AddHours(-1), now.AddHours(1));
        var phone = NewMobile();

        foreach (var (p, r) in new[] { (future.Id, inFuture), (past.Id, inPast) })
        {
            var (refused, _, _) = await RequestCodeAsync(App, Client, p, r, phone);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("지금은 투표 기간이 아닙니다.", await refused.Content.ReadAsStringAsync());
        }
        var (notCandidate, _, _) = await RequestCodeAsync(App, Client, open.Id, notShortlisted, phone);
        Assert.Equal(HttpStatusCode.BadRequest, notCandidate.StatusCode);

        var (sent, codeId, code) = await RequestCodeAsync(App, Client, open.Id, candidate, phone);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var badCode = await Client.PostAsJsonAsync("/api/v1/proactive/vote", new { codeId, code = code == "000000" ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/v1/proactive/vote", new { codeId, code })).StatusCode);
        // The same code again, and a new code for the same phone (written differently), are refused.
        Assert.Equal(HttpStatusCode.Conflict, (await Client.PostAsJsonAsync("/api/v1/proactive/vote", new { codeId, code })).StatusCode);
        var (again, _, _) = await RequestCodeAsync(App, Client, open.Id, candidate, phone.Replace("-", ""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("이미 이번 기간에 투표하셨습니다.", await again.Content.ReadAsStringAsync());

        Assert.Equal(1, await App.ExecuteDbContextAsync(db => db.Set<PublicVote>().CountAsync(v => v.PeriodId == open.Id)));
        var digits = phone.Replace("-", "");
        Assert.False(await App.ExecuteDbContextAsync(db => db.Set<PublicVote>().AnyAsync(v => v.VoterHash.Contains(digits))));

        // Results stay hidden while the window is open and are public once it closes.
        var results = await WithAsync(App, async sp =>
        {
            var votes = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<VoteService>(sp);
            var hidden = await votes.ResultsAsync(open, default);
            var committee = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommitteeService>(sp);
            var tracked = (await committee.PeriodAsync(open.Id, default))!;
            Assert.True((await committee.CloseVoteNowAsync(tracked, default)).Succeeded);
            return (hidden, shown: await votes.ResultsAsync(tracked, default));
        });
        Assert.Null(results.hidden);
        Assert.Equal(1, results.shown![candidate]);
        // After the close, a vote is out of the window.
        var (late, _, _) = await RequestCodeAsync(App, Client, open.Id, candidate, NewMobile());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Api_refusals_are_problem_details_in_the_callers_language()
    {
        var period = await PeriodAsync(App);
        var candidate = await EligibleAsync(App, period.Id);
        var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var closed = await english.PostAsJsonAsync("/api/v1/proactive/vote/code", new { periodId = period.Id, recommendationId = candidate, name = "Sam Lee", phone = NewMobile() });
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("application/problem+json", closed.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Voting is not open now.", await closed.Content.ReadAsStringAsync());

        // A missing name is asked for, not called too long.
        var nameless = await english.PostAsJsonAsync("/api/v1/proactive/vote/code", new { periodId = period.Id, recommendationId = candidate, name = " ", phone = NewMobile() });
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        using (var problem = JsonDocument.Parse(await nameless.Content.ReadAsStringAsync()))
            Assert.Equal("Enter your name.", problem.RootElement.GetProperty("errors").GetProperty("name")[0].GetString());

        var invalid = await english.PostAsJsonAsync("/api/v1/proactive/recommendations", new { kind = "Case", title = "", consent = false });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var json = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.Equal("Choose a department.", json.RootElement.GetProperty("errors").GetProperty("departmentId")[0].GetString());
        Assert.Equal("You must agree to the collection and use of personal data to recommend.", json.RootElement.GetProperty("errors").GetProperty("consent")[0].GetString());
    }

    [Fact]
    public async Task The_gallery_names_the_official_only_with_recorded_consent()
    {
        var receipt = await AnsweredComplaintAsync(App);
        var officer = await UserAsync(App, Officer);
        var created = await Client.PostAsJsonAsync("/api/v1/proactive/recommendations", Recommendation(receipt, "6789"));
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = long.Parse(json.RootElement.GetProperty("receiptNumber").GetString()![^6..]);
        var period = await PeriodAsync(App);
        var title = $"온라인 신청 절차 {Guid.NewGuid():N}"[..18];
        await WithAsync(App, async sp =>
        {
            var committee = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommitteeService>(sp);
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Minwon.Web.Staff.StaffUser>>(sp);
            var supervisor = (await users.FindByEmailAsync(Supervisor))!;
            var r = (await committee.RecommendationAsync(id, default))!;
            Assert.True((await committee.ScreenAsync(r, supervisor, true, period.Id, "절차 개선", default)).Succeeded);
            Assert.True((await committee.SetPublicTextAsync(r, title, "Online applications", "신청 절차를 온라인으로", "Applications went online", false, default)).Succeeded);
            Assert.Equal(Minwon.Web.Complaints.Failure.Conflict, (await committee.PublishAsync(r, supervisor, true, false, default)).Failure); // not selected yet
            return 0;
        });
        Assert.True((await ScoreAsync(App, id, Supervisor, 30, 30, 20, 20)).Succeeded);
        await WithAsync(App, async sp =>
        {
            var committee = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommitteeService>(sp);
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Minwon.Web.Staff.StaffUser>>(sp);
            var supervisor = (await users.FindByEmailAsync(Supervisor))!;
            var r = (await committee.RecommendationAsync(id, default))!;
            Assert.True((await committee.SelectAsync(r, true, AwardLevel.Grand, "성과급 최고등급", default)).Succeeded);
            Assert.True((await committee.PublishAsync(r, supervisor, true, false, default)).Succeeded);
            return 0;
        });

        var gallery = await Client.GetStringAsync("/proactive/gallery");
        Assert.Contains(title, gallery);
        Assert.Contains(officer.PublicAlias, gallery);
        Assert.DoesNotContain(officer.RealName, gallery);
        Assert.DoesNotContain(officer.RealName, await Client.GetStringAsync("/api/v1/proactive/gallery"));

        await WithAsync(App, async sp =>
        {
            var committee = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommitteeService>(sp);
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Minwon.Web.Staff.StaffUser>>(sp);
            var r = (await committee.RecommendationAsync(id, default))!;
            Assert.True((await committee.PublishAsync(r, (await users.FindByEmailAsync(Supervisor))!, true, true, default)).Succeeded);
            return 0;
        });
        Assert.Contains(officer.RealName, await Client.GetStringAsync("/proactive/gallery"));
        var consent = await App.ExecuteDbContextAsync(db => db.Set<Recommendation>().AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.NotNull(consent.NameConsentRecordedAt);
    }

    [Fact]
    public async Task The_minutes_of_a_period_download_as_a_pdf()
    {
        var period = await PeriodAsync(App);
        var id = await EligibleAsync(App, period.Id, "ENV");
        Assert.True((await ScoreAsync(App, id, Supervisor, 20, 20, 10, 10)).Succeeded);
        var pages = await StaffPagesAsync(App, Supervisor);

        var response = await pages.GetAsync($"/staff/proactive/periods/{period.Id}?handler=Minutes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }
}

[Collection(Collections.Sqlite)] public sealed class ProactiveSqliteTests(SqliteApp app) : ProactiveTests(app);
[Collection(Collections.Postgres)] public sealed class ProactivePostgresTests(PostgresApp app) : ProactiveTests(app);
