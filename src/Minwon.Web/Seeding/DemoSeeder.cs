using Microsoft.AspNetCore.Identity;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;
using Minwon.Web.Calendar;
using Minwon.Web.Complaints;
using Minwon.Web.Complaints.Groups;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Seeding;

/// <summary>
/// A demo institution for the embedded mode: six departments, twenty staff with public aliases and about 300
/// complaints of every type and status, some due soon and some overdue. Deterministic, so screenshots repeat.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<StaffUser> users, DeadlineService deadlines, ProtectiveReading reading,
    ComplaintGroups groups, TimeProvider clock)
{
    public const string Password = "Minwon-demo-2026";
    public static readonly string[] Logins =
        ["admin@minwon.local (admin)", "supervisor@minwon.local (supervisor)", "officer@minwon.local (officer, 도로교통과)", "agent@minwon.local (agent)", "safety@minwon.local (safety team)"];

    public async Task SeedAsync(int complaintCount = 300)
    {
        var random = new Random(2611);
        var departments = DemoData.Departments.Select(d => new Department
        {
            Code = d.Code, Name = d.Name, NameEn = d.NameEn, DutyPhone = d.Phone,
            Categories = d.Categories.Select(c => new Category { Name = c.Ko, NameEn = c.En }).ToList(),
        }).ToList();
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync();
        for (var i = 0; i < departments.Count; i++)
            db.StatutoryServices.AddRange(DemoData.Departments[i].Services.Select(s =>
                new StatutoryService { DepartmentId = departments[i].Id, Name = s.Ko, NameEn = s.En, ProcessingDays = s.Days }));
        await db.SaveChangesAsync();

        var staff = await CreateStaffAsync(departments);
        await KnowledgeDemoData.SeedAsync(db, DateTime.UtcNow);
        await CreateComplaintsAsync(departments, staff, random, complaintCount);
    }

    async Task<List<StaffUser>> CreateStaffAsync(List<Department> departments)
    {
        var road = departments.First(d => d.Code == "ROAD");
        var created = new List<StaffUser>();
        for (var i = 0; i < DemoData.StaffNames.Length; i++)
        {
            var (email, role, dept) = i switch
            {
                0 => ("admin@minwon.local", Roles.Admin, departments[0]),
                1 => ("supervisor@minwon.local", Roles.Supervisor, departments[0]),
                2 => ("officer@minwon.local", Roles.Officer, road),
                3 => ("agent@minwon.local", Roles.Agent, departments[0]),
                4 => ("safety@minwon.local", Roles.Safety, departments[0]),
                _ => ($"staff{i:D2}@minwon.local", Roles.Officer, departments[i % departments.Count]),
            };
            var user = new StaffUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                RealName = DemoData.StaffNames[i],
                PublicAlias = $"담당자 {dept.Code[0]}-{0300 + i * 17:D4}",
                DepartmentId = dept.Id,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            created.Add(user);
        }
        return created;
    }

    async Task CreateComplaintsAsync(List<Department> departments, List<StaffUser> staff, Random random, int count)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var services = db.StatutoryServices.ToList();
        var types = Enum.GetValues<ComplaintType>();
        for (var i = 0; i < count; i++)
        {
            var di = random.Next(departments.Count);
            var dept = departments[di];
            var template = DemoData.Departments[di].Complaints[random.Next(DemoData.Departments[di].Complaints.Length)];
            var type = types[random.Next(types.Length)];
            var service = type == ComplaintType.Statutory ? services.Where(s => s.DepartmentId == dept.Id).OrderBy(_ => random.Next()).FirstOrDefault() : null;
            if (type == ComplaintType.Statutory && service is null) type = ComplaintType.Question;
            // Spread receipts over the last 40 days; the older ones are mostly done, some left open to be overdue.
            var received = now.AddMinutes(-random.Next(10, 40 * 24 * 60));
            var name = DemoData.CitizenNames[random.Next(DemoData.CitizenNames.Length)];
            var phone = $"010-{random.Next(2000, 9999)}-{random.Next(1000, 9999)}";
            var c = new Complaint
            {
                Type = type, StatutoryServiceId = service?.Id, StatutoryService = service,
                CategoryId = dept.Categories[random.Next(dept.Categories.Count)].Id, DepartmentId = dept.Id,
                Title = template.Title, Body = template.Body, CitizenName = name, CitizenPhone = phone,
                CitizenEmail = random.Next(3) == 0 ? $"citizen{i}@example.com" : null, PhoneLast4 = KoreanPhone.Last4(phone),
                ConsentedAt = received, ReceivedAt = received, ClockStartedAt = received, Status = ComplaintStatus.Received,
            };
            c.DueAt = await deadlines.DueAtAsync(received, await deadlines.PeriodForAsync(c, default), default);
            c.Events.Add(new ComplaintEvent { At = received, Kind = ComplaintEventKind.Filed, ToDepartmentId = dept.Id });

            var colleagues = staff.Where(s => s.DepartmentId == dept.Id).ToList();
            var handler = colleagues.Count > 0 ? colleagues[random.Next(colleagues.Count)] : null;
            var roll = random.NextDouble();
            var pastDue = c.DueAt < now;
            if (handler is not null && (roll < 0.75 || pastDue && roll < 0.9))
            {
                var assignedAt = received.AddHours(1);
                c.AssigneeId = handler.Id;
                c.Status = ComplaintStatus.Assigned;
                c.Events.Add(new ComplaintEvent { At = assignedAt, Kind = ComplaintEventKind.Assigned, ActorId = handler.Id, ActorAlias = handler.PublicAlias, Note = handler.PublicAlias });
                if (pastDue ? roll < 0.8 : roll < 0.35)
                {
                    var answeredAt = Min(now, received.AddHours(random.Next(2, 72)));
                    c.Answer = DemoData.Answers[random.Next(DemoData.Answers.Length)];
                    c.AnsweredAt = answeredAt;
                    c.AnsweredByAlias = handler.PublicAlias;
                    c.Status = ComplaintStatus.Answered;
                    c.Events.Add(new ComplaintEvent { At = answeredAt, Kind = ComplaintEventKind.Answered, ActorId = handler.Id, ActorAlias = handler.PublicAlias });
                    if (random.Next(3) == 0)
                    {
                        c.Rating = random.Next(2, 6);
                        c.RatedAt = Min(now, answeredAt.AddHours(5));
                        c.Events.Add(new ComplaintEvent { At = c.RatedAt.Value, Kind = ComplaintEventKind.Rated, Note = c.Rating.ToString() });
                    }
                    if (random.Next(2) == 0)
                    {
                        c.Status = ComplaintStatus.Closed;
                        c.ClosedAt = Min(now, answeredAt.AddDays(1));
                        c.Events.Add(new ComplaintEvent { At = c.ClosedAt.Value, Kind = ComplaintEventKind.Closed, ActorId = handler.Id, ActorAlias = handler.PublicAlias, Note = "처리 완료" });
                    }
                }
            }
            reading.ScreenNewComplaint(c);
            db.Complaints.Add(c);
        }
        await db.SaveChangesAsync();
        if (count > 0) await CreateProtectionExamplesAsync(departments.First(d => d.Code == "ROAD"), staff);
    }

    /// <summary>
    /// For the staff-protection demo in 도로교통과 (officer@minwon.local): an abusive complaint, shown masked, and a
    /// complainant who files the same complaint a third time after two answers (Art. 23); parents of one school asking
    /// for the same crossing light, five of them grouped as complaints by many (Art. 24) and two more to add.
    /// </summary>
    async Task CreateProtectionExamplesAsync(Department road, List<StaffUser> staff)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var handler = staff.First(s => s.DepartmentId == road.Id);
        var category = db.Categories.First(c => c.DepartmentId == road.Id).Id;
        async Task<Complaint> Add(string title, string body, string name, string phone, DateTime received, string? answer)
        {
            var c = new Complaint
            {
                Type = ComplaintType.Grievance, CategoryId = category, DepartmentId = road.Id, Title = title, Body = body,
                CitizenName = name, CitizenPhone = phone, PhoneLast4 = KoreanPhone.Last4(phone), ConsentedAt = received,
                ReceivedAt = received, ClockStartedAt = received, Status = ComplaintStatus.Received,
            };
            c.DueAt = await deadlines.DueAtAsync(received, await deadlines.PeriodForAsync(c, default), default);
            c.Events.Add(new ComplaintEvent { At = received, Kind = ComplaintEventKind.Filed, ToDepartmentId = road.Id });
            if (answer is not null)
            {
                c.Status = ComplaintStatus.Closed;
                c.AssigneeId = handler.Id;
                c.Answer = answer;
                c.AnsweredAt = c.ClosedAt = received.AddDays(2);
                c.AnsweredByAlias = handler.PublicAlias;
                c.Events.Add(new ComplaintEvent { At = c.AnsweredAt.Value, Kind = ComplaintEventKind.Answered, ActorId = handler.Id, ActorAlias = handler.PublicAlias });
            }
            reading.ScreenNewComplaint(c);
            db.Complaints.Add(c);
            await db.SaveChangesAsync();
            return c;
        }

        await Add("이딴 식으로 일하는 공무원 새끼들", "신호등 고장 신고를 세 번이나 했는데 아직도 안 고쳤네요. 씨발 세금 받아먹고 뭐 하는 겁니까? 010-4821-7730으로 연락 주세요.",
            "조만호", "010-4821-7730", now.AddHours(-5), null);
        const string repeatTitle = "우리 집 앞 도로 포장 다시 해 주세요";
        const string repeatBody = "행복로 23번길 우리 집 앞 도로가 울퉁불퉁해서 비가 오면 물웅덩이가 생깁니다. 지난번에도 말씀드렸는데 전면 재포장을 해 주십시오. 부분 보수로는 안 됩니다.";
        await Add(repeatTitle, repeatBody, "반복선", "010-7713-2290", now.AddDays(-60), "해당 구간은 부분 보수를 마쳤으며 전면 재포장은 내년도 예산에 반영을 검토하겠습니다.");
        await Add(repeatTitle, repeatBody + " 다시 요청합니다.", "반복선", "010-7713-2290", now.AddDays(-30), "앞선 답변과 같이 부분 보수를 마쳤고 전면 재포장은 예산 심의 결과에 따라 진행됩니다.");
        var third = await Add(repeatTitle, repeatBody + " 다시 한번 요청합니다.", "반복선", "010-7713-2290", now.AddHours(-3), null);
        third.AnsweredRepeats = (await reading.AnsweredRepeatsOfAsync(third, default)).Count;
        await db.SaveChangesAsync();

        const string crossingTitle = "행복초등학교 정문 앞 신호등 설치 요청";
        const string crossingBody = "행복초등학교 정문 앞 횡단보도에 신호등이 없어 아이들이 등하굣길에 차도를 건너다 위험한 일이 자주 생깁니다. 신호등과 과속방지턱을 설치해 주시기 바랍니다.";
        (string Name, string Phone, string Extra)[] parents =
            [("윤서아", "010-3120-4471", ""), ("한지호", "010-5521-0934", " 아이가 둘이라 더 걱정입니다."), ("서하린", "010-2287-6610", ""),
             ("문태윤", "010-6634-1258", " 아침 8시 반에 특히 위험합니다."), ("배수아", "010-9012-3347", ""), ("임건우", "010-4409-8812", " 빠른 조치 부탁드립니다."),
             ("노예린", "010-7765-2093", "")];
        var crossing = new List<Complaint>();
        for (var i = 0; i < parents.Length; i++)
            crossing.Add(await Add(crossingTitle, crossingBody + parents[i].Extra, parents[i].Name, parents[i].Phone, now.AddHours(-30 + 4 * i), null));
        var officer = staff.First(s => s.Email == "officer@minwon.local");
        var (grouped, _) = await groups.CreateAsync(officer, isSupervisor: false, "행복초 정문 앞 신호등 설치 (학부모 공동 민원)", crossing.Take(5).Select(c => c.Id).ToList(), default);
        DemoSteps.Must(grouped, "complaint group");
    }

    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
