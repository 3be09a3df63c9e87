using Minwon.Core.Contact;

namespace Minwon.Core.Tests.Contact;

public class KoreanPhoneTests
{
    [Theory]
    [InlineData("010-1234-5678", "010-1234-5678")]
    [InlineData("01012345678", "010-1234-5678")]
    [InlineData("010 1234 5678", "010-1234-5678")]
    [InlineData("010.1234.5678", "010-1234-5678")]
    [InlineData(" 010-1234-5678 ", "010-1234-5678")]
    [InlineData("011-123-4567", "011-123-4567")]
    [InlineData("0161234567", "016-123-4567")]
    [InlineData("019-1234-5678", "019-1234-5678")]
    [InlineData("+82 10-1234-5678", "010-1234-5678")]
    public void Mobile_numbers_are_normalized_with_hyphens(string input, string expected)
    {
        Assert.True(KoreanPhone.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("02-123-4567", "02-123-4567")]
    [InlineData("0212345678", "02-1234-5678")]
    [InlineData("(02) 123-4567", "02-123-4567")]
    [InlineData("031-123-4567", "031-123-4567")]
    [InlineData("0311234567", "031-123-4567")]
    [InlineData("064-1234-5678", "064-1234-5678")]
    [InlineData("044.200.1234", "044-200-1234")]
    [InlineData("070-1234-5678", "070-1234-5678")]
    [InlineData("+82 2 123 4567", "02-123-4567")]
    public void Landline_and_internet_numbers_are_normalized_with_the_area_code(string input, string expected)
    {
        Assert.True(KoreanPhone.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("1588-1234", "1588-1234")]
    [InlineData("15881234", "1588-1234")]
    [InlineData("1644 1234", "1644-1234")]
    [InlineData("1899.1234", "1899-1234")]
    public void Representative_numbers_have_two_groups_of_four(string input, string expected)
    {
        Assert.True(KoreanPhone.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("not a number")]
    [InlineData("010-1234-567a")]
    [InlineData("012-1234-5678")]
    [InlineData("065-123-4567")]
    [InlineData("010-123-45")]
    [InlineData("010-1234-5678-9")]
    [InlineData("02-12-3456")]
    [InlineData("1700-1234")]
    [InlineData("1588-12345")]
    [InlineData("+1 212 555 0100")]
    public void Invalid_numbers_are_rejected(string? input)
    {
        Assert.False(KoreanPhone.TryNormalize(input, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Theory]
    [InlineData("010-1234-5678", "5678")]
    [InlineData("02-123-4567", "4567")]
    [InlineData("1588-1234", "1234")]
    public void Last4_returns_the_line_number(string normalized, string expected)
    {
        Assert.Equal(expected, KoreanPhone.Last4(normalized));
    }

    [Fact]
    public void Last4_needs_four_digits()
    {
        Assert.Throws<ArgumentException>(() => KoreanPhone.Last4("12-3"));
    }
}
