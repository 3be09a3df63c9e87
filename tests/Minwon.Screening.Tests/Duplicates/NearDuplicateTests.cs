using System.Text;
using Minwon.Screening.Duplicates;

namespace Minwon.Screening.Tests.Duplicates;

/// <summary>Korean complaint-like texts and edited copies of them (seeded).</summary>
internal static class ComplaintTexts
{
    private static readonly string[] Words =
    [
        "안녕하세요", "민원", "신청합니다", "우리", "아파트", "앞", "도로", "포장", "파손", "보수", "요청", "드립니다", "불법", "주차", "차량",
        "매일", "밤", "소음", "공사", "현장", "먼지", "심합니다", "주민", "불편", "빠른", "조치", "바랍니다", "가로등", "고장", "어두워서",
        "위험합니다", "쓰레기", "무단", "투기", "악취", "버스", "정류장", "배차", "간격", "너무", "깁니다", "횡단보도", "신호등", "설치",
        "어린이", "보호구역", "과속", "단속", "카메라", "공원", "화장실", "청소", "관리", "부실", "세금", "부과", "이의", "제기", "처리",
        "결과", "회신", "지연", "담당자", "연락", "없습니다", "작년", "올해", "같은", "문제", "반복", "되고", "있습니다", "상수도", "누수",
        "하수구", "역류", "침수", "피해", "보상", "청구", "학교", "통학로", "인도", "확장", "자전거", "도로", "개선", "노인정", "난방",
        "지원", "복지관", "프로그램", "확대", "주민센터", "서류", "발급", "대기", "시간", "길어요", "정말", "답답합니다", "검토", "부탁",
        "구청", "시청", "여러", "차례", "건의", "했는데", "변화가", "없어요", "현장", "확인", "해주시기", "바랍니다", "소방", "도로",
    ];

    private static readonly string[] Places = ["역삼동", "신림동", "해운대", "수원", "분당", "일산", "청주", "전주", "춘천", "제주", "포항", "목포"];

    public static string Random(Random rng, int targetLength = 300)
    {
        var sb = new StringBuilder();
        while (sb.Length < targetLength)
        {
            var r = rng.Next(12);
            sb.Append(r switch
            {
                0 => Places[rng.Next(Places.Length)],
                1 => rng.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "번지",
                _ => Words[rng.Next(Words.Length)],
            });
            sb.Append(rng.Next(8) switch { 0 => ". ", 1 => ", ", _ => " " });
        }

        return sb.ToString();
    }

    /// <summary>A resubmission: words deleted, inserted, replaced or swapped, spacing and punctuation changed.</summary>
    public static string Edit(Random rng, string text, int edits)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var e = 0; e < edits && words.Count > 2; e++)
        {
            var i = rng.Next(words.Count);
            switch (rng.Next(6))
            {
                case 0: words.RemoveAt(i); break;
                case 1: words.Insert(i, Words[rng.Next(Words.Length)]); break;
                case 2: words[i] = Words[rng.Next(Words.Length)]; break;
                case 3 when i + 1 < words.Count: (words[i], words[i + 1]) = (words[i + 1], words[i]); break;
                case 4: words[i] += "!!"; break;
                default: words[i] = string.Concat(words[i].Select(c => rng.Next(3) == 0 ? $"{c} " : c.ToString())); break;
            }
        }

        return string.Join(rng.Next(3) == 0 ? "  " : " ", words);
    }
}

public class NearDuplicateTests
{
    [Fact]
    public void Normalisation_ignores_whitespace_punctuation_and_case()
    {
        Assert.Equal(MinHasher.Compute("도로 보수 요청!! ABC"), MinHasher.Compute("도로보수요청abc"));
        Assert.Equal("도로보수요청abc", MinHasher.Normalize(" 도로, 보수-요청!! ABC."));
    }

    [Fact]
    public void Fingerprint_round_trips_through_bytes()
    {
        var fp = MinHasher.Compute(ComplaintTexts.Random(new Random(1)));
        var bytes = fp.ToBytes();
        Assert.Equal(MinHashFingerprint.ByteLength, bytes.Length);
        var back = MinHashFingerprint.FromBytes(bytes);
        Assert.Equal(fp, back);
        Assert.Equal(1.0, fp.EstimateSimilarity(back));
        Assert.Throws<FormatException>(() => MinHashFingerprint.FromBytes(bytes.AsSpan(0, 100)));
        bytes[0] = 99;
        Assert.Throws<FormatException>(() => MinHashFingerprint.FromBytes(bytes));
    }

    [Fact]
    public void Fingerprints_are_stable_across_processes()
    {
        // Stored fingerprints must stay comparable: a change to seeds, hashing or normalisation breaks this on purpose.
        var fp = MinHasher.Compute("아파트 앞 도로 포장 파손 보수 요청 드립니다");
        Assert.Equal(fp, MinHashFingerprint.FromBytes(MinHasher.Compute("아파트 앞 도로 포장 파손 보수 요청 드립니다").ToBytes()));
        Assert.Equal(StableFirstValue, fp.Values[0]);
    }

    private const uint StableFirstValue = 459983739;

    [Fact]
    public void Empty_text_matches_nothing()
    {
        var empty = MinHasher.Compute(" !!! ... ");
        Assert.True(empty.IsEmpty);
        var index = new NearDuplicateIndex();
        index.Add(1, empty);
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Query(empty, 0.1));
    }

    [Fact]
    public void Estimate_is_close_to_exact_jaccard()
    {
        var rng = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var a = ComplaintTexts.Random(rng);
            var b = ComplaintTexts.Edit(rng, a, rng.Next(0, 30));
            var exact = MinHasher.ExactJaccard(a, b);
            var estimate = MinHasher.Compute(a).EstimateSimilarity(MinHasher.Compute(b));
            Assert.True(Math.Abs(exact - estimate) < 0.16, $"exact {exact:F3} vs estimate {estimate:F3}");
        }
    }

    [Fact]
    public void Finds_edited_resubmissions_with_jaccard_at_least_07_and_not_unrelated_texts()
    {
        var rng = new Random(2026);
        var index = new NearDuplicateIndex();
        var originals = new List<string>();
        for (var id = 0; id < 3_000; id++)
        {
            var text = ComplaintTexts.Random(rng);
            originals.Add(text);
            index.Add(id, MinHasher.Compute(text));
        }

        int pairs = 0, found = 0, foundStrict = 0;
        var nearSeven = 0;
        for (var t = 0; t < 4_000 && pairs < 1_000; t++)
        {
            var id = rng.Next(originals.Count);
            var edited = ComplaintTexts.Edit(rng, originals[id], rng.Next(1, 16));
            var exact = MinHasher.ExactJaccard(originals[id], edited);
            if (exact < 0.7)
            {
                continue;
            }

            pairs++;
            nearSeven += exact < 0.8 ? 1 : 0;
            var fp = MinHasher.Compute(edited);
            found += index.Query(fp, 0.6).Any(m => m.Id == id) ? 1 : 0;
            foundStrict += index.Query(fp, 0.7).Any(m => m.Id == id) ? 1 : 0;
        }

        Assert.True(pairs >= 500, $"only {pairs} pairs");
        Assert.True(nearSeven >= 100, $"only {nearSeven} pairs in [0.7, 0.8)");
        var recall = found / (double)pairs;
        Assert.True(recall >= 0.95, $"recall {recall:F3} at query threshold 0.6 ({foundStrict / (double)pairs:F3} at 0.7) over {pairs} pairs");

        // Unrelated complaints on the same topics share words but are not matched.
        var falseMatches = 0;
        for (var t = 0; t < 1_000; t++)
        {
            falseMatches += index.Query(MinHasher.Compute(ComplaintTexts.Random(rng)), 0.6).Count;
        }

        Assert.Equal(0, falseMatches);
    }

    [Fact]
    public void Results_are_best_first_and_capped()
    {
        var rng = new Random(5);
        var text = ComplaintTexts.Random(rng);
        var index = new NearDuplicateIndex(expectedCount: 4);
        index.Add(10, MinHasher.Compute(ComplaintTexts.Edit(rng, text, 12)));
        index.Add(11, MinHasher.Compute(text));
        index.Add(12, MinHasher.Compute(ComplaintTexts.Edit(rng, text, 4)));
        for (var i = 0; i < 100; i++)
        {
            index.Add(100 + i, MinHasher.Compute(ComplaintTexts.Random(rng))); // grows past the initial capacity
        }

        var results = index.Query(MinHasher.Compute(text), 0.5);
        Assert.Equal(11, results[0].Id);
        Assert.Equal(1.0, results[0].Similarity);
        Assert.True(results.Zip(results.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
        Assert.Single(index.Query(MinHasher.Compute(text), 0.5, maxResults: 1));
    }
}
