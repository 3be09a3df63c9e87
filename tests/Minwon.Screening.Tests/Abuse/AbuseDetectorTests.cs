using Minwon.Screening.Normalization;

namespace Minwon.Screening.Tests.Abuse;

public class AbuseDetectorTests
{
    private static readonly AbuseDetector Detector = AbuseDetector.Default;

    [Fact]
    public void Default_model_is_embedded_and_loaded()
    {
        Assert.NotNull(Detector.Model);
        Assert.InRange(Detector.Threshold, 0.05f, 0.95f);
    }

    [Theory]
    [InlineData("ㅅㅂ 이게 행정이냐")]
    [InlineData("시.발 진짜 일 안 하네")]
    [InlineData("씨 발 답변 언제 주냐")]
    [InlineData("아18 또 반려야")]
    [InlineData("18 진짜 짜증나네")]
    [InlineData("tlqkf 담당자 누구냐")]
    [InlineData("ㅂㅅ 같은 행정")]
    [InlineData("씨이이발 장난하냐")]
    [InlineData("씨~~발 장난하냐")]
    [InlineData("qudtls 같은 공무원")]
    [InlineData("공무원 개새끼들")]
    [InlineData("개 새 끼 들 일 좀 해라")]
    [InlineData("미친놈들 세금도둑")]
    [InlineData("ㅈㄹ하지 마라")]
    [InlineData("병신같은 행정 처리")]
    public void Obfuscated_profanity_is_detected_with_a_span(string text)
    {
        var result = Detector.Analyze(text);
        Assert.True(result.IsAbusive, result.ToString());
        Assert.NotEmpty(result.Spans);
        Assert.False(result.IsThreat, result.ToString());
    }

    [Theory]
    [InlineData("this office is fucking useless")]
    [InlineData("F*ck you and your department")]
    [InlineData("what a piece of sh1t service")]
    [InlineData("you stupid bitch")]
    public void English_profanity_is_detected(string text)
    {
        var result = Detector.Analyze(text);
        Assert.True(result.IsAbusive, result.ToString());
        Assert.NotEmpty(result.Spans);
    }

    [Fact]
    public void Categories_are_scored()
    {
        Assert.True(Detector.Analyze("씨발 진짜")[AbuseCategory.Profanity] >= 0.9f);
        Assert.True(Detector.Analyze("이 병신아")[AbuseCategory.Insult] >= 0.9f);
        Assert.True(Detector.Analyze("목소리 섹시하네 한번 자자")[AbuseCategory.SexualHarassment] >= 0.9f);
        Assert.True(Detector.Analyze("김치녀들이 다 그렇지")[AbuseCategory.Hate] >= 0.9f);
        var threat = Detector.Analyze("퇴근길 조심해라");
        Assert.Equal(1f, threat[AbuseCategory.Threat]);
        Assert.True(threat.IsThreat);
        Assert.True(threat.IsAbusive);
        Assert.Contains(AbuseCategory.Threat, threat.Categories());
    }

    [Fact]
    public void Masking_replaces_only_the_abusive_words()
    {
        const string text = "담당자 씨발 진짜 일을 이렇게 처리합니까? 시.발 답변 주세요";
        var result = Detector.Analyze(text);
        var masked = AbuseDetector.Mask(text, result.Spans);
        Assert.Equal("담당자 ●● 진짜 일을 이렇게 처리합니까? ●●● 답변 주세요", masked);
    }

    [Fact]
    public void Masking_spans_point_into_the_original_for_spaced_and_qwerty_forms()
    {
        const string text = "야 씨 발 그리고 tlqkf 이것도";
        var result = Detector.Analyze(text);
        var masked = AbuseDetector.Mask(text, result.Spans);
        Assert.Equal("야 ● ● 그리고 ●●●●● 이것도", masked);
    }

    [Fact]
    public void Mask_without_spans_returns_the_text()
    {
        Assert.Equal("안녕하세요", AbuseDetector.Mask("안녕하세요", []));
        Assert.Equal("●●하세요", AbuseDetector.Mask("안녕하세요", [new TextSpan(0, 2), new TextSpan(10, 3)]));
    }

    [Theory]
    [InlineData("법적으로 대응하겠습니다")]
    [InlineData("행정심판을 청구하겠습니다")]
    [InlineData("상급 기관에 문제 제기하겠습니다")]
    [InlineData("정말 화가 납니다")]
    [InlineData("질병 신고를 했는데 처리가 안 됩니다")]
    [InlineData("시발점에서 종점까지 버스가 너무 자주 끊깁니다")]
    [InlineData("제18조에 따라 처리해 주시기 바랍니다")]
    [InlineData("18일까지 답변 부탁드립니다")]
    [InlineData("수박씨 발라 먹다가 이가 부러졌습니다")]
    [InlineData("가로등이 꺼져 있어 밤길이 위험합니다")]
    [InlineData("The form on the website does not work, please fix it.")]
    [InlineData("강간 사건 피해자 지원 제도를 알고 싶습니다")]
    [InlineData("불법 야동 사이트를 신고합니다")]
    public void Civil_complaints_are_clean(string text)
    {
        var result = Detector.Analyze(text);
        Assert.False(result.IsAbusive, result.ToString());
        Assert.False(result.IsThreat, result.ToString());
        Assert.Empty(result.Spans);
    }

    [Theory]
    [InlineData("시발역 주변 정비가 필요합니다")]
    [InlineData("고양이 새끼들이 차 밑에 있어요 구조 부탁드립니다")]
    [InlineData("새끼 고양이가 배수로에 빠졌습니다")]
    [InlineData("길고양이새끼 세 마리가 다쳤어요")]
    [InlineData("새끼고양이가 배수로에 빠졌어요")]
    [InlineData("새끼고양이 구조 부탁드립니다")]
    public void Animal_young_and_starting_points_are_not_abuse_even_when_the_model_leans_on_them(string text)
    {
        var result = Detector.Analyze(text);
        Assert.False(result.IsAbusive, result.ToString());
        Assert.True(result.Score < Detector.Threshold);
        Assert.All(Enum.GetValues<AbuseCategory>(), c => Assert.True(result[c] < Detector.Threshold, result.ToString()));
        Assert.Empty(result.Spans);
    }

    [Theory]
    [InlineData("너 같은 새끼는 처음 본다", "새끼")]
    [InlineData("이 개새끼야", "개새끼")]
    [InlineData("시발 진짜 짜증나네", "시발")]
    public void The_same_words_aimed_at_a_person_stay_abuse(string text, string masked)
    {
        var result = Detector.Analyze(text);
        Assert.True(result.IsAbusive, result.ToString());
        Assert.Contains(new string('●', masked.Length), AbuseDetector.Mask(text, result.Spans));
    }

    [Fact]
    public void Empty_and_long_texts_work()
    {
        Assert.False(Detector.Analyze("").IsAbusive);
        var longText = string.Concat(Enumerable.Repeat("도로 보수 공사 일정을 알려주세요. ", 200)) + "씨발";
        var result = Detector.Analyze(longText);
        Assert.True(result.IsAbusive);
        Assert.Equal(longText.Length - 2, result.Spans[^1].Start);
    }

    [Fact]
    public void Model_file_round_trips_with_its_feature_set()
    {
        var data = new List<Screening.Abuse.LabeledText>
        {
            new("씨발 진짜 일 안 하네", 1, 0, 1, "a"),
            new("도로 보수 일정을 알려주세요", 0, 0, 0, "a"),
            new("이 한심한 인간아", 1, 0, 0, "b"),
            new("가로등을 고쳐 주셔서 감사합니다", 0, 0, 0, "b"),
        };
        var model = Screening.Abuse.AbuseModelTrainer.Train(data, new Screening.Abuse.AbuseModelTrainer.Options(Bits: 12, Epochs: 3));
        model.Threshold = 0.37f;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = Screening.Abuse.AbuseModel.Load(stream);
        Assert.Equal(model.Set, loaded.Set);
        Assert.Equal(Screening.Abuse.AbuseModel.FeatureSet.Jamo | Screening.Abuse.AbuseModel.FeatureSet.WordBigrams, loaded.Set);
        Assert.Equal(0.37f, loaded.Threshold);
        Span<float> a = stackalloc float[Screening.Abuse.AbuseModel.HeadCount];
        Span<float> b = stackalloc float[Screening.Abuse.AbuseModel.HeadCount];
        foreach (var x in data)
        {
            var norm = KoreanNormalizer.Normalize(x.Text);
            model.Predict(norm, a);
            loaded.Predict(norm, b);
            Assert.Equal(a.ToArray(), b.ToArray());
        }
        Assert.True(new AbuseDetector(loaded).Analyze("이 한심한 인간아").Score > new AbuseDetector(loaded).Analyze("도로 보수 일정을 알려주세요").Score);
    }

    [Theory]
    [InlineData("시.발", "시발")]
    [InlineData("씨이이발", "씨발")]
    [InlineData("ㅋㅋㅋㅋ", "ㅋ")]
    [InlineData("tlqkf", "시발")]
    [InlineData("rotoRl", "개새끼")]
    [InlineData("hello world", "helo world")]
    [InlineData("ＡＢＣ  ㅠㅠ 가", "abc 가")]
    public void Normalizer_handles_online_writing(string input, string expected)
    {
        Assert.Equal(expected, KoreanNormalizer.Normalize(input));
    }
}
