using Minwon.Screening.PersonalData;

namespace Minwon.Screening.Tests.PersonalData;

public class PersonalDataDetectorTests
{
    private static readonly PersonalDataDetector Detector = PersonalDataDetector.Default;

    [Theory]
    [InlineData("제 번호는 010 1234 5678이고 주민번호는 900101-1234568입니다", "제 번호는 010-****-5678이고 주민번호는 900101-1******입니다")]
    [InlineData("연락처: 010-9876-5432 (평일 오후)", "연락처: 010-****-5432 (평일 오후)")]
    [InlineData("회신은 hong.gildong@example.com 으로 부탁드립니다", "회신은 ho**********@example.com 으로 부탁드립니다")]
    [InlineData("사무실 02-123-4567로 전화 주세요", "사무실 02-***-4567로 전화 주세요")]
    [InlineData("환불은 신한은행 110-123-456789 계좌로 해주세요", "환불은 신한은행 110-***-***789 계좌로 해주세요")]
    [InlineData("카드번호 4111-1111-1111-1111 결제 취소 요청", "카드번호 4111-****-****-1111 결제 취소 요청")]
    [InlineData("여권번호 M12345678 로 예약했습니다", "여권번호 M******** 로 예약했습니다")]
    [InlineData("주소는 서울특별시 종로구 세종대로 209 입니다", "주소는 서울특별시 종로구 세종대로 *** 입니다")]
    public void Masks_real_complaint_sentences(string text, string masked) => Assert.Equal(masked, Detector.Mask(text));

    [Fact]
    public void Masks_only_the_kinds_asked_for()
    {
        const string text = "주민등록번호 900101-1234568, 연락처 010-1234-5678, 외국인등록번호 900101-5234561";
        var identityOnly = Detector.Mask(text, k => k is PersonalDataKind.ResidentNumber or PersonalDataKind.ForeignerNumber);

        Assert.Equal("주민등록번호 900101-1******, 연락처 010-1234-5678, 외국인등록번호 900101-5******", identityOnly);
        const string phoneOnly = "연락처 010-1234-5678";
        Assert.Same(phoneOnly, Detector.Mask(phoneOnly, k => k is PersonalDataKind.ResidentNumber));
    }

    [Fact]
    public void Resident_number_is_found_with_kind_and_span()
    {
        const string text = "주민등록번호 9001011234568 확인 바랍니다";
        var m = Assert.Single(Detector.Find(text));
        Assert.Equal(PersonalDataKind.ResidentNumber, m.Kind);
        Assert.Equal("9001011234568", text.Substring(m.Start, m.Length));
        Assert.Equal("주민등록번호 900101-1****** 확인 바랍니다", Detector.Mask(text));
    }

    [Theory]
    [InlineData("900101-1234567")] // checksum fails (8 is right)
    [InlineData("901301-1234568")] // month 13
    [InlineData("010229-3234565")] // 2001 is not a leap year
    [InlineData("900101-5234568")] // gender digit for a foreigner, resident checksum
    public void Invalid_resident_numbers_are_not_reported(string number)
        => Assert.DoesNotContain(Detector.Find($"번호 {number} 입니다"), m => m.Kind == PersonalDataKind.ResidentNumber);

    [Fact]
    public void Leap_day_is_a_valid_date()
    {
        var number = Generated.ResidentNumber(2000, 2, 29, gender: 3, serial: "12345");
        Assert.Contains(Detector.Find(number), m => m.Kind == PersonalDataKind.ResidentNumber);
    }

    [Fact]
    public void Foreigner_number_uses_its_own_checksum()
    {
        var number = Generated.ForeignerNumber(1985, 7, 14, gender: 5, serial: "12345");
        var m = Assert.Single(Detector.Find($"외국인등록번호 {number}"));
        Assert.Equal(PersonalDataKind.ForeignerNumber, m.Kind);
    }

    [Fact]
    public void Unverified_hyphenated_numbers_are_an_option()
    {
        // Issued since October 2020: no valid checksum. Off by default; with the option, only in the hyphenated form.
        var relaxed = new PersonalDataDetector(new PersonalDataOptions { AcceptUnverifiedHyphenatedResidentNumbers = true });
        Assert.Empty(Detector.Find("900101-1234567"));
        Assert.Equal(PersonalDataKind.ResidentNumber, Assert.Single(relaxed.Find("900101-1234567")).Kind);
        Assert.Empty(relaxed.Find("9001011234567"));
    }

    [Theory]
    [InlineData("010-1234-5678")]
    [InlineData("010 - 1234 - 5678")]
    [InlineData("010.1234.5678")]
    [InlineData("01012345678")]
    [InlineData("010ㅡ1234ㅡ5678")]
    [InlineData("(010)1234-5678")]
    [InlineData("+82 10-1234-5678")]
    [InlineData("+82-10-1234-5678")]
    [InlineData("011-123-4567")]
    [InlineData("02-123-4567")]
    [InlineData("(02) 1234-5678")]
    [InlineData("031-123-4567")]
    [InlineData("0311234567")]
    [InlineData("070-1234-5678")]
    public void Phone_numbers_in_many_shapes(string phone)
    {
        var text = $"연락처는{phone}입니다";
        var m = Assert.Single(Detector.Find(text));
        Assert.Equal(PersonalDataKind.Phone, m.Kind);
        var digitsStart = text.IndexOfAny("0123456789+".ToCharArray());
        Assert.True(m.Start <= digitsStart + 1 && m.End == text.LastIndexOf('입'), $"{m} in {text}");
    }

    [Theory]
    [InlineData("2024-12-25 오후 3시에 방문")]
    [InlineData("민원 접수번호 2AA-2024-0001234 입니다")]
    [InlineData("금액 1,000,000원을 돌려주세요")]
    [InlineData("대표번호 1588-1234 로 문의")]
    [InlineData("123-45-67890 사업자번호")]
    [InlineData("4111-1111-1111-1112 는 틀린 카드")]
    [InlineData("110-123-456789 (키워드 없음)")]
    [InlineData("M12345678 이라는 모델명")]
    [InlineData("이 길 3번째 집이요. 다시 로 2번")]
    [InlineData("메일은 @ 로 시작하지 않아요, a@b 도 아닙니다")]
    public void Hard_negatives_are_not_personal_data(string text) => Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("hong@example.com", "ho**@example.com")]
    [InlineData("HONG_GD+minwon@mail.co.kr", "HO************@mail.co.kr")]
    [InlineData("hong @ naver.com", "ho**@naver.com")]
    [InlineData("ab@daum.net", "a*@daum.net")]
    public void Emails(string email, string masked)
    {
        var text = $"메일<{email}>입니다.";
        var m = Assert.Single(Detector.Find(text));
        Assert.Equal(PersonalDataKind.Email, m.Kind);
        Assert.Equal(email, text.Substring(m.Start, m.Length));
        Assert.Equal($"메일<{masked}>입니다.", Detector.Mask(text));
    }

    [Fact]
    public void Digits_inside_an_email_are_not_a_phone()
    {
        var m = Assert.Single(Detector.Find("01012345678@naver.com"));
        Assert.Equal(PersonalDataKind.Email, m.Kind);
    }

    [Theory]
    [InlineData("카카오뱅크 3333-01-1234567 으로 입금", "3333-01-1234567")]
    [InlineData("계좌번호: 1002-123-456789", "1002-123-456789")]
    [InlineData("국민 123456-01-123456 예금주 홍길동", "123456-01-123456")]
    public void Bank_accounts_next_to_a_keyword(string text, string account)
    {
        var m = Assert.Single(Detector.Find(text));
        Assert.Equal(PersonalDataKind.BankAccount, m.Kind);
        Assert.Equal(account, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("5500-0000-0000-0004")]
    [InlineData("3782-822463-10005")]
    [InlineData("9410123412341237")]
    public void Card_numbers_with_luhn(string card)
    {
        var m = Assert.Single(Detector.Find($"결제 카드 {card} 취소"));
        Assert.Equal(PersonalDataKind.CardNumber, m.Kind);
        Assert.Equal(card.Length, m.Length);
    }

    [Theory]
    [InlineData("여권 M123A4567 분실 신고", "M123A4567")]
    [InlineData("passport no. S98765432", "S98765432")]
    public void Passports_near_their_keyword(string text, string number)
    {
        var m = Assert.Single(Detector.Find(text));
        Assert.Equal(PersonalDataKind.Passport, m.Kind);
        Assert.Equal(number, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("집이 경기도 성남시 분당구 불정로 6 근처입니다", "경기도 성남시 분당구 불정로 6")]
    [InlineData("부산 해운대구 센텀중앙로 79, 101동", "부산 해운대구 센텀중앙로 79")]
    [InlineData("서울시 강남구 테헤란로152 앞 도로", "서울시 강남구 테헤란로152")]
    [InlineData("송파구 올림픽로35길 10-2 에서 소음", "송파구 올림픽로35길 10-2")]
    public void Road_name_addresses(string text, string address)
    {
        var m = Assert.Single(Detector.Find(text));
        Assert.Equal(PersonalDataKind.RoadAddress, m.Kind);
        Assert.Equal(address, text.Substring(m.Start, m.Length));
    }

    [Fact]
    public void Mask_returns_the_same_instance_when_nothing_is_found()
    {
        const string text = "도로 보수 공사가 3주째 끝나지 않아 불편합니다. 조속한 처리 부탁드립니다.";
        Assert.Same(text, Detector.Mask(text));
        Assert.Empty(Detector.Find(text));
    }

    [Fact]
    public void Several_findings_come_in_text_order()
    {
        const string text = "a@b.kr 010-1111-2222 c@d.kr 9001011234568 e@f.kr";
        var kinds = Detector.Find(text).Select(m => m.Kind).ToArray();
        Assert.Equal(
            [PersonalDataKind.Email, PersonalDataKind.Phone, PersonalDataKind.Email, PersonalDataKind.ResidentNumber, PersonalDataKind.Email],
            kinds);
    }
}
