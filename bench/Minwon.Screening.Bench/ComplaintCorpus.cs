using System.Globalization;
using System.Text;

namespace Minwon.Screening.Bench;

/// <summary>Seeded complaint-like Korean texts of about 300 characters, some carrying personal data.</summary>
public static class ComplaintCorpus
{
    private static readonly string[] Sentences =
    [
        "안녕하세요. 아파트 앞 도로 포장이 파손되어 차량 통행에 불편이 많습니다.", "지난달에 신청한 민원의 처리 결과를 아직 받지 못했습니다.",
        "밤마다 공사 현장 소음이 심해서 잠을 잘 수가 없습니다.", "불법 주차 차량 때문에 어린이 보호구역이 위험합니다.",
        "가로등이 고장 나서 골목이 너무 어둡습니다. 빠른 조치 바랍니다.", "쓰레기 무단 투기로 악취가 나고 있으니 단속해 주세요.",
        "버스 배차 간격이 너무 길어서 출퇴근이 힘듭니다.", "횡단보도 신호등 설치를 요청드립니다.",
        "공원 화장실 청소 상태가 불량합니다.", "재산세 부과 내역에 이의가 있어 재검토를 요청합니다.",
        "상수도 누수로 도로에 물이 고여 있습니다.", "장마철마다 하수구가 역류해서 침수 피해가 반복됩니다.",
        "통학로 인도가 좁아 학생들이 차도로 걷고 있습니다.", "주민센터 서류 발급 대기 시간이 너무 깁니다.",
        "같은 문제로 여러 차례 건의했는데 변화가 없습니다.", "담당자분께서 현장을 한 번 확인해 주시기 바랍니다.",
        "정말 화가 납니다. 상급 기관에 문제 제기하겠습니다.", "복지관 프로그램을 확대해 주셨으면 합니다.",
    ];

    private static readonly string[] Places = ["역삼동", "신림동", "해운대구", "수원시", "분당구", "일산동구", "청주시", "전주시", "춘천시", "제주시"];

    private static readonly string[] PersonalData =
    [
        "제 연락처는 010-{0}-{1}입니다.", "회신은 minwon{0}@example.com 으로 부탁드립니다.", "전화 010 {0} {1} 로 주세요.",
        "주민번호 900101-1234568 첨부합니다.", "환불은 신한은행 110-{0}-45{1} 계좌로 해주세요.", "주소는 서울특별시 종로구 세종대로 {0} 입니다.",
    ];

    /// <summary>Texts of about <paramref name="length"/> characters; <paramref name="withPersonalData"/> of them (0–1) carry one item.</summary>
    public static string[] Create(int count, double withPersonalData, int seed = 42, int length = 300)
    {
        var rng = new Random(seed);
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = One(rng, rng.NextDouble() < withPersonalData, length);
        }

        return texts;
    }

    public static string One(Random rng, bool withPersonalData, int length = 300)
    {
        var sb = new StringBuilder(length + 80);
        sb.Append(Places[rng.Next(Places.Length)]).Append(' ').Append(rng.Next(1, 300).ToString(CultureInfo.InvariantCulture)).Append("번지 주민입니다. ");
        var piiAt = withPersonalData ? rng.Next(1, 4) : -1;
        for (var s = 0; sb.Length < length; s++)
        {
            if (s == piiAt)
            {
                sb.AppendFormat(CultureInfo.InvariantCulture, PersonalData[rng.Next(PersonalData.Length)], rng.Next(1000, 9999), rng.Next(1000, 9999)).Append(' ');
            }
            else
            {
                sb.Append(Sentences[rng.Next(Sentences.Length)]).Append(' ');
            }
        }

        return sb.ToString(0, Math.Min(sb.Length, length + 40)).TrimEnd();
    }

    private static readonly string[] CommonWords =
    [
        "민원", "신청", "요청", "드립니다", "도로", "주차", "소음", "공사", "불편", "조치", "바랍니다", "처리", "결과", "담당자", "확인",
        "주민", "아파트", "단속", "설치", "보수", "관리", "문제", "반복", "정말", "부탁", "합니다", "있습니다", "없습니다", "해주세요",
    ];

    private static readonly Lazy<string[]> Vocabulary = new(() =>
    {
        // 5,000 pseudo-words of 1–3 syllables over common Hangul syllables: topic words vary between complaints.
        var rng = new Random(5);
        const string initials = "ᄀᄂᄃᄅᄆᄇᄉᄋᄌᄎᄏᄐᄑᄒ";
        var words = new string[5_000];
        for (var w = 0; w < words.Length; w++)
        {
            var syllables = new char[1 + rng.Next(3)];
            for (var k = 0; k < syllables.Length; k++)
            {
                var l = initials[rng.Next(initials.Length)] - 0x1100;
                var v = rng.Next(21);
                var t = rng.Next(3) == 0 ? rng.Next(1, 28) : 0;
                syllables[k] = (char)(0xAC00 + (l * 21 + v) * 28 + t);
            }

            words[w] = new string(syllables);
        }

        return words;
    });

    /// <summary>
    /// A complaint of varied wording for near-duplicate benchmarks: common complaint words (30%) and topic words drawn with
    /// a Zipf-like skew from a 5,000-word vocabulary, so unrelated texts overlap as real ones do rather than not at all.
    /// </summary>
    public static string Varied(Random rng, int length = 300)
    {
        var vocabulary = Vocabulary.Value;
        var sb = new StringBuilder(length + 16);
        while (sb.Length < length)
        {
            if (rng.Next(10) < 3)
            {
                sb.Append(CommonWords[rng.Next(CommonWords.Length)]);
            }
            else
            {
                // Zipf-ish: index = n^(u^2) concentrates on the first words without excluding the tail.
                var u = rng.NextDouble();
                sb.Append(vocabulary[(int)Math.Pow(vocabulary.Length, u * u) - 1]);
            }

            sb.Append(rng.Next(10) == 0 ? ". " : " ");
        }

        return sb.ToString();
    }
}
