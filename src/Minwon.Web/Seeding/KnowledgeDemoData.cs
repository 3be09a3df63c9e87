using Minwon.Web.Data;
using Minwon.Web.Knowledge;

namespace Minwon.Web.Seeding;

/// <summary>The demo institution's canned answers and public FAQ (a county office with education-office topics).</summary>
public static class KnowledgeDemoData
{
    static readonly (string Topic, string Q, string A, string QEn, string AEn)[] Entries =
    [
        ("민원 일반", "민원 처리 기간은 얼마나 걸리나요?", "질의민원은 7일, 건의·고충민원은 14일 안에 처리하며, 법정민원은 서비스마다 정해진 기간이 있습니다. 근무일 기준이며 한 번 연장될 수 있습니다.", "How long does a complaint take?", "Questions are answered within 7 days, proposals and grievances within 14; statutory applications have their own periods. Working days count, and the period may be extended once."),
        ("민원 일반", "접수한 민원을 어디서 조회하나요?", "누리집의 '민원 조회'에서 접수번호와 휴대전화 뒷 4자리(또는 비밀번호)를 입력하면 처리 상황과 답변을 볼 수 있습니다.", "Where can I check my complaint?", "Use 'Track a complaint' on the website with your receipt number and the last four digits of your phone (or your password)."),
        ("민원 일반", "전화로도 민원을 접수할 수 있나요?", "네. 콜센터 상담원이 통화 중에 대신 접수해 드리며, 접수번호를 문자로 보내 드립니다.", "Can I file a complaint by phone?", "Yes. The call-center agent files it for you during the call and sends the receipt number by text message."),
        ("민원 일반", "민원을 취하하려면 어떻게 하나요?", "처리 완료 전에는 담당 부서에 전화하거나 민원 조회 화면에서 취하를 요청할 수 있습니다.", "How do I withdraw a complaint?", "Before it is answered, call the department or ask for withdrawal on the tracking page."),
        ("민원 일반", "같은 내용을 여러 번 신청하면 어떻게 되나요?", "같은 내용으로 두 번 이상 답변을 받은 민원을 다시 신청하면 민원처리법 제23조에 따라 종결될 수 있습니다.", "What if I file the same complaint again?", "A complaint already answered twice with the same content may be closed under Article 23 of the Civil Petitions Act."),
        ("증명서", "주민등록등본은 어디서 발급받나요?", "읍·면사무소, 군청 민원실 무인발급기, 정부24에서 발급받을 수 있습니다. 무인발급기와 정부24는 수수료가 면제됩니다.", "Where do I get a resident registration certificate?", "At any town office, the kiosk in the county office, or Government24 online; kiosks and Government24 charge no fee."),
        ("증명서", "가족관계증명서를 대리인이 발급받을 수 있나요?", "위임장과 위임자·대리인의 신분증이 있으면 발급받을 수 있습니다.", "Can someone else get my family relation certificate?", "Yes, with a power of attorney and both people's ID cards."),
        ("증명서", "인감증명서 발급 수수료는 얼마인가요?", "인감증명서는 1통에 600원입니다. 본인서명사실확인서도 같습니다.", "How much is a seal certificate?", "600 won per copy; the same for a signature confirmation."),
        ("여권", "여권 발급은 얼마나 걸리나요?", "신청 후 근무일 기준 4~8일 걸립니다. 군청 민원실 여권 창구에서 신청하고 받습니다.", "How long does a passport take?", "Four to eight working days. Apply and collect at the passport counter of the county office."),
        ("여권", "여권 재발급에 필요한 서류는 무엇인가요?", "여권용 사진 1매, 신분증, 기존 여권이 필요합니다. 분실한 경우 분실신고서를 함께 냅니다.", "What do I need to renew a passport?", "One passport photo, an ID card and the old passport; a loss report if it was lost."),
        ("세금·환불", "지방세를 잘못 냈을 때 환불받으려면 어떻게 하나요?", "세무과에 환급 신청서와 통장 사본을 제출하면 확인 후 환불해 드립니다. 위택스에서도 신청할 수 있습니다.", "How do I get a refund of local tax paid by mistake?", "Send a refund application and a copy of your bankbook to the Tax Division, or apply on Wetax."),
        ("세금·환불", "자동차세 연납 할인은 언제 신청하나요?", "1월, 3월, 6월, 9월에 신청할 수 있으며 1월에 내면 가장 많이 할인됩니다.", "When can I pay the annual car tax in advance?", "In January, March, June or September; paying in January gives the largest discount."),
        ("세금·환불", "재산세 납부 기한은 언제인가요?", "건축물·주택 1기분은 7월 31일, 토지·주택 2기분은 9월 30일까지입니다.", "When is property tax due?", "Buildings and the first half for housing by 31 July; land and the second half for housing by 30 September."),
        ("세금·환불", "수수료를 이중으로 결제했는데 환불되나요?", "영수증을 가지고 민원실에 오시거나 콜센터로 알려 주시면 확인 후 결제 수단으로 환불해 드립니다.", "I paid a fee twice. Can I get a refund?", "Bring the receipt to the civil affairs office or tell the call center; once checked, it is refunded to the card or account used."),
        ("도로·교통", "도로에 파인 곳(포트홀)은 어디에 신고하나요?", "도로교통과(061-000-1100)나 누리집 민원 신청에서 위치와 사진을 함께 신고해 주세요.", "Where do I report a pothole?", "Report the place with a photo to the Roads and Transport Division or through the website."),
        ("도로·교통", "불법 주정차 신고는 어떻게 하나요?", "안전신문고 앱으로 1분 간격 사진 두 장을 찍어 신고하면 됩니다.", "How do I report illegal parking?", "Use the Safety e-Report app with two photos taken one minute apart."),
        ("도로·교통", "주정차 과태료 의견진술은 어떻게 하나요?", "사전통지서에 적힌 기한 안에 의견진술서와 증빙 자료를 교통행정팀에 제출하세요.", "How do I contest a parking fine?", "Send a statement with evidence to the Traffic Administration Team before the deadline on the notice."),
        ("도로·교통", "가로등이 고장 났어요.", "가로등 기둥의 관리번호를 알려 주시면 도로교통과에서 3일 안에 수리합니다.", "A street light is broken.", "Give us the number on the pole; the Roads and Transport Division repairs it within three days."),
        ("환경·청소", "대형 폐기물은 어떻게 버리나요?", "읍·면사무소나 누리집에서 배출 신고 후 스티커를 붙여 지정일에 내놓으세요.", "How do I dispose of bulky waste?", "Register it at the town office or online, attach the sticker and put it out on the collection day."),
        ("환경·청소", "쓰레기 수거가 안 됐어요.", "주소와 배출 날짜를 알려 주시면 환경과에서 수거 업체에 확인해 다음 날까지 수거합니다.", "My rubbish was not collected.", "Give us the address and the day; the Environment Division has it collected by the next day."),
        ("환경·청소", "소음 공해는 어디에 신고하나요?", "공사장 소음은 환경과, 층간소음은 층간소음 이웃사이센터(1661-2642)로 문의하세요.", "Where do I report noise?", "Construction noise to the Environment Division; noise between flats to the neighbour noise centre (1661-2642)."),
        ("복지", "기초연금은 누가 받을 수 있나요?", "만 65세 이상이며 소득인정액이 선정기준액 이하인 분이 받을 수 있습니다. 읍·면사무소에서 신청합니다.", "Who can get the basic pension?", "People aged 65 or over whose recognised income is under the threshold; apply at the town office."),
        ("복지", "긴급 생계지원은 어떻게 신청하나요?", "주민복지과나 보건복지상담센터(129)로 연락하면 상담 후 바로 지원 여부를 정합니다.", "How do I apply for emergency living support?", "Call the Welfare Division or 129; support is decided right after the consultation."),
        ("교육", "초등학교 입학 통지서는 언제 나오나요?", "매년 12월 중순에 주소지 읍·면사무소에서 보내 드립니다.", "When are primary school admission notices sent?", "In mid-December each year, from the town office of your address."),
        ("교육", "전학 절차는 어떻게 되나요?", "새 주소로 전입신고를 한 뒤 배정받은 학교에 전입학 서류를 내면 됩니다.", "How does a school transfer work?", "Register your new address, then hand in the transfer papers at the assigned school."),
        ("교육", "방과후학교 수강료를 환불받으려면?", "수강 포기 신청서를 학교에 내면 남은 기간만큼 일할 계산해 환불합니다.", "How do I get an after-school class refund?", "Hand in a withdrawal form at the school; the remaining days are refunded pro rata."),
        ("교육", "교육급여는 누가 신청하나요?", "기초생활수급 가구와 차상위 가구의 초·중·고 학생이 받을 수 있으며 읍·면사무소에서 신청합니다.", "Who can apply for the education allowance?", "Pupils of households on basic livelihood or near-poverty support; apply at the town office."),
        ("청사 이용", "민원실 운영 시간은 언제인가요?", "평일 오전 9시부터 오후 6시까지이며, 목요일은 여권 업무만 오후 8시까지 합니다.", "When is the civil affairs office open?", "Weekdays 9:00 to 18:00; passports until 20:00 on Thursdays."),
        ("청사 이용", "청사 주차는 무료인가요?", "민원인은 2시간까지 무료이며, 민원실에서 주차권을 확인받으세요.", "Is parking free?", "Free for two hours for visitors; have the ticket stamped at the civil affairs office."),
        ("청사 이용", "번호표는 어떻게 받나요?", "민원실 입구의 접수 창구에서 방문 목적을 말씀하시면 번호표를 드립니다. 대기 화면에 번호가 뜨면 안내된 창구로 오세요.", "How do I get a queue ticket?", "Tell the reception desk at the entrance why you came; when your number shows on the screen, go to the counter shown."),
    ];

    public static Task SeedAsync(AppDbContext db, DateTime now) =>
        KnowledgeBase.AddRangeAsync(db, Entries.Select(e => new KnowledgeEntry
        {
            Topic = e.Topic, Question = e.Q, Answer = e.A, QuestionEn = e.QEn, AnswerEn = e.AEn, Published = true, UpdatedAt = now,
        }));
}
