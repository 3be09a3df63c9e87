using Minwon.Core.Privacy;

namespace Minwon.Core.Tests.Privacy;

public class MaskingTests
{
    [Theory]
    [InlineData("홍길동", "홍*동")]
    [InlineData("김철", "김*")]
    [InlineData("남궁민수", "남**수")]
    [InlineData("제갈공명님", "제***님")]
    [InlineData("이", "*")]
    [InlineData(" 홍길동 ", "홍*동")]
    [InlineData("John Smith", "J***")]
    [InlineData("Al", "A***")]
    [InlineData("Émile Zola", "É***")]
    [InlineData("王小明", "王*明")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Names_keep_only_their_edges(string? name, string expected)
    {
        Assert.Equal(expected, Masking.Name(name));
    }

    [Theory]
    [InlineData("010-1234-5678", "010-****-5678")]
    [InlineData("01012345678", "010-****-5678")]
    [InlineData("011-123-4567", "011-***-4567")]
    [InlineData("02-123-4567", "02-***-4567")]
    [InlineData("1588-1234", "****-1234")]
    [InlineData("+1 212 555 0100", "+* *** *** 0100")]
    [InlineData("", "")]
    public void Phones_hide_the_middle_group(string phone, string expected)
    {
        Assert.Equal(expected, Masking.Phone(phone));
    }

    [Theory]
    [InlineData("hong@example.com", "ho**@example.com")]
    [InlineData("gildong.hong@korea.kr", "gi**********@korea.kr")]
    [InlineData("ab@example.com", "a*@example.com")]
    [InlineData("a@example.com", "*@example.com")]
    [InlineData("not-an-email", "no**********")]
    [InlineData("", "")]
    public void Emails_keep_two_leading_characters_and_the_domain(string email, string expected)
    {
        Assert.Equal(expected, Masking.Email(email));
    }

    [Theory]
    [InlineData("900101-1234567", "900101-1******")]
    [InlineData("9001012234567", "900101-2******")]
    [InlineData("900101-123", "******-***")]
    [InlineData("", "")]
    public void Resident_numbers_keep_birth_date_and_gender_digit(string number, string expected)
    {
        Assert.Equal(expected, Masking.ResidentNumber(number));
    }
}
