namespace Minwon.Web.Seeding;

/// <summary>The demo institution: departments with their categories, statutory services and typical complaints.</summary>
static class DemoData
{
    public sealed record Dept(string Code, string Name, string NameEn, string Phone, (string Ko, string En)[] Categories,
        (string Ko, string En, int Days)[] Services, (string Title, string Body)[] Complaints);

    public static readonly Dept[] Departments =
    [
        new("CIV", "민원봉사과", "Civil Service Division", "063-530-1100",
            [("가족관계·등록", "Family registration"), ("인감·증명", "Seals and certificates")],
            [("가족관계증명서 발급", "Family relation certificate", 1), ("인감증명 사전신고", "Seal certificate pre-registration", 3)],
            [("무인민원발급기 고장 신고", "읍사무소 앞 무인민원발급기가 사흘째 작동하지 않습니다. 주말에 서류가 필요한 주민이 많으니 빠른 수리 부탁드립니다."),
             ("민원실 운영시간 문의", "평일 저녁에 민원실을 연장 운영하는 날이 있는지 궁금합니다. 직장인이라 낮에는 방문이 어렵습니다."),
             ("주차공간 부족 건의", "군청 민원실 주차장이 항상 가득 차 있어 노약자가 이용하기 어렵습니다. 민원인 전용 주차구역을 늘려 주세요.")]),
        new("ROAD", "도로교통과", "Roads and Transport Division", "063-530-1200",
            [("도로 보수", "Road repair"), ("불법 주정차", "Illegal parking"), ("버스·교통", "Buses and traffic")],
            [("도로점용 허가", "Road occupancy permit", 10)],
            [("도로 파손(포트홀) 신고", "한빛로 120번지 앞 도로에 큰 구멍이 생겨 차량 타이어가 손상되었습니다. 야간에는 잘 보이지 않아 위험합니다."),
             ("불법 주정차 단속 요청", "초등학교 앞 어린이보호구역에 아침마다 불법 주차 차량이 많아 아이들이 차도로 걸어 다닙니다. 단속을 요청합니다."),
             ("농어촌버스 증차 건의", "동부 지역 버스가 하루 4회뿐이라 병원 진료를 보기 어렵습니다. 오전 시간대 증차를 건의합니다."),
             ("신호등 고장", "사거리 보행자 신호등이 깜빡이기만 하고 초록불이 켜지지 않습니다.")]),
        new("ENV", "환경위생과", "Environment and Sanitation Division", "063-530-1300",
            [("생활쓰레기", "Household waste"), ("소음·악취", "Noise and odour")],
            [("폐기물 처리 신고", "Waste disposal report", 7)],
            [("쓰레기 미수거 신고", "우리 마을 재활용 쓰레기가 2주째 수거되지 않고 있습니다. 악취가 심하니 확인 부탁드립니다."),
             ("축사 악취 민원", "마을 인근 축사에서 밤마다 악취가 심하게 납니다. 창문을 열 수 없을 정도이니 점검해 주시기 바랍니다."),
             ("공사장 소음", "아파트 옆 공사장에서 새벽 6시부터 작업을 시작해 소음이 심합니다. 작업 시간 준수를 요청합니다.")]),
        new("WEL", "주민복지과", "Residents' Welfare Division", "063-530-1400",
            [("기초생활보장", "Basic livelihood security"), ("노인·장애인", "Seniors and disability")],
            [("기초연금 신청", "Basic pension application", 30)],
            [("기초연금 수급 자격 문의", "어머니께서 올해 만 65세가 되셨는데 기초연금 신청 자격과 필요한 서류가 무엇인지 알고 싶습니다."),
             ("경로당 난방비 지원 건의", "겨울철 경로당 난방비가 부족해 어르신들이 추위에 지내십니다. 난방비 지원 확대를 건의합니다."),
             ("장애인 활동지원 시간 고충", "활동지원 시간이 줄어들어 생활이 너무 어렵습니다. 재조사를 요청드립니다.")]),
        new("EDU", "평생교육과", "Lifelong Education Division", "063-530-1500",
            [("평생학습", "Lifelong learning"), ("도서관", "Libraries")],
            [],
            [("평생학습 강좌 신청 문의", "하반기 평생학습 강좌 중 컴퓨터 교실 신청 방법과 기간이 궁금합니다."),
             ("도서관 주말 개관 건의", "군립도서관이 일요일에 휴관해서 학생들이 공부할 곳이 없습니다. 주말 개관을 건의합니다."),
             ("강사 선정 기준 질의", "평생학습 강사 선정 기준과 관련 조례 조항을 알려 주시기 바랍니다.")]),
        new("TAX", "세무회계과", "Tax and Accounts Division", "063-530-1600",
            [("지방세", "Local taxes"), ("세외수입", "Non-tax revenue")],
            [("지방세 납세증명서 발급", "Local tax payment certificate", 1)],
            [("재산세 부과 이의", "올해 재산세가 작년보다 크게 올랐는데 산정 근거를 알고 싶습니다. 과세표준 적용이 잘못된 것 같습니다."),
             ("자동차세 연납 할인 문의", "자동차세 연납 신청 기간과 할인율이 어떻게 되는지 문의드립니다."),
             ("지방세 감면 조례 질의", "귀농인 취득세 감면 요건이 지방세특례제한법과 조례에서 어떻게 다른지 알려 주세요.")]),
    ];

    public static readonly string[] StaffNames =
    [
        "김민준", "이서연", "박도윤", "최지우", "정하준", "강서윤", "조은우", "윤지호", "장수아", "임현우",
        "한예린", "오승민", "서지안", "신유찬", "권나은", "황시우", "안채원", "송건우", "류다인", "전태윤",
    ];

    public static readonly string[] CitizenNames =
    [
        "김영희", "이철수", "박민지", "최동훈", "정미경", "강성호", "조은정", "윤재혁", "장혜진", "임상우",
        "한지민", "오세훈", "서경아", "신동엽", "권혁준", "황보람", "안정호", "송미란", "류승연", "전영수",
    ];

    public static readonly string[] Answers =
    [
        "안녕하십니까. 문의하신 사항에 대해 현장을 확인하였으며, 이번 주 안에 조치를 완료할 예정입니다. 불편을 드려 죄송합니다.",
        "귀하의 건의 사항은 관련 부서와 협의하여 내년도 사업 계획에 반영하도록 검토하겠습니다. 소중한 의견 감사합니다.",
        "문의하신 내용은 관련 법령에 따라 처리되며, 필요한 서류는 신분증과 신청서입니다. 자세한 사항은 담당 부서 대표전화로 문의해 주십시오.",
    ];
}
