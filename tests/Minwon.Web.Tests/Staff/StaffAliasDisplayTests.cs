using System.Globalization;
using Minwon.Web.Staff;

namespace Minwon.Web.Tests.Staff;

/// <summary>A stored alias reads "Officer …" on English pages and notices; Korean and custom aliases stay as stored.</summary>
public sealed class StaffAliasDisplayTests
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en"), EnglishUs = CultureInfo.GetCultureInfo("en-US"), Korean = CultureInfo.GetCultureInfo("ko");

    [Fact]
    public void English_renders_the_Korean_prefix_as_Officer_and_keeps_the_code()
    {
        Assert.Equal("Officer C-0300", StaffAliasDisplay.Localize("담당자 C-0300", English));
        Assert.Equal("Officer R-0334", StaffAliasDisplay.Localize("담당자 R-0334", EnglishUs));
    }

    [Fact]
    public void Korean_is_left_as_stored() =>
        Assert.Equal("담당자 C-0300", StaffAliasDisplay.Localize("담당자 C-0300", Korean));

    [Theory]
    [InlineData("민원왕 7")]
    [InlineData("Desk-12")]
    [InlineData("담당자")]          // the prefix alone has no code to keep
    [InlineData("담당자C-0300")]    // no space: not the seeded form
    [InlineData("전 담당자 C-0300")] // prefix not at the start
    [InlineData("")]
    public void An_alias_without_the_prefix_is_left_as_it_is(string alias) =>
        Assert.Equal(alias, StaffAliasDisplay.Localize(alias, English));

    [Fact]
    public void No_alias_stays_no_alias() => Assert.Null(StaffAliasDisplay.Localize(null, English));

    [Fact]
    public void Without_a_culture_the_current_UI_culture_decides()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("Officer E-1234", StaffAliasDisplay.Localize("담당자 E-1234"));
            CultureInfo.CurrentUICulture = Korean;
            Assert.Equal("담당자 E-1234", StaffAliasDisplay.Localize("담당자 E-1234"));
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
