using Minwon.Screening.Abuse;
using Minwon.Screening.Normalization;

namespace Minwon.Screening.Tests.Abuse;

/// <summary>The experiment options of the trainer (docs/screening-model.md, fourth round) and the text disguiser.</summary>
public class TrainerOptionsTests
{
    private static readonly List<LabeledText> Data =
    [
        new("씨발 진짜 일 안 하네", 1, 0, 1, "a"),
        new("도로 보수 일정을 알려주세요", 0, 0, 0, "a"),
        new("이 한심한 인간아", 1, 0, 0, "b"),
        new("가로등을 고쳐 주셔서 감사합니다", 0, 0, 0, "b"),
        new("한심한 공무원들 일 좀 해라", 1, 0, 0, "b"),
        new("도로 보수 공사 감사합니다", 0, 0, 0, "a"),
    ];

    [Theory]
    [InlineData(0, 0, 0f)]
    [InlineData(2, 0, 0f)]
    [InlineData(0, 2, 0f)]
    [InlineData(0, 0, 1f)]
    public void Options_train_deterministically_and_still_rank(int averageEpochs, int minDf, float augment)
    {
        var options = new AbuseModelTrainer.Options(Bits: 12, Epochs: 4, AverageEpochs: averageEpochs, MinDf: minDf, Augment: augment);
        var a = AbuseModelTrainer.Train(Data, options);
        var b = AbuseModelTrainer.Train(Data, options);
        Span<float> pa = stackalloc float[AbuseModel.HeadCount];
        Span<float> pb = stackalloc float[AbuseModel.HeadCount];
        foreach (var x in Data)
        {
            var norm = KoreanNormalizer.Normalize(x.Text);
            a.Predict(norm, pa);
            b.Predict(norm, pb);
            Assert.Equal(pa.ToArray(), pb.ToArray());
        }
        a.Predict(KoreanNormalizer.Normalize("한심한 인간"), pa);
        a.Predict(KoreanNormalizer.Normalize("도로 보수 감사합니다"), pb);
        Assert.True(pa[AbuseModel.HeadAbusive] > pb[AbuseModel.HeadAbusive]);
    }

    [Fact]
    public void Obfuscator_is_deterministic_and_disguises_hangul_words_only()
    {
        const string text = "시발 정말 한심한 공무원 ok 1234 a";
        Assert.Equal(TextObfuscator.Obfuscate(text, new Random(3), 1), TextObfuscator.Obfuscate(text, new Random(3), 1));
        Assert.Equal(text, TextObfuscator.Obfuscate(text, new Random(3), 0));
        var seen = new HashSet<string>();
        for (int seed = 0; seed < 200; seed++)
        {
            var disguised = TextObfuscator.Obfuscate("시발", new Random(seed), 1);
            seen.Add(disguised);
            Assert.True(disguised == "ㅅㅂ" || (disguised.Length == 3 && disguised[0] == '시' && disguised[2] == '발'), disguised);
            Assert.EndsWith(" ok 1234 a", TextObfuscator.Obfuscate(text, new Random(seed), 1));
        }
        Assert.Contains("ㅅㅂ", seen);
        Assert.Contains("시 발", seen);
        Assert.Contains(seen, s => s is not "ㅅㅂ" and not "시 발"); // a symbol inside the word
    }
}
