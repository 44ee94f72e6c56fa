using Crm.Framework.Plugins;

namespace Crm.Framework.Tests.Plugins;

public sealed class VersionRangeTests
{
    private static VersionRange Parse(string text)
    {
        Assert.True(VersionRange.TryParse(text, out var range, out var error), error);
        Assert.Null(error);
        return range!;
    }

    [Theory]
    [InlineData("[1.0,2.0)", "1.0", true)]
    [InlineData("[1.0,2.0)", "1.9.9", true)]
    [InlineData("[1.0,2.0)", "1.0.0.0", true)]
    [InlineData("[1.0,2.0)", "2.0", false)]
    [InlineData("[1.0,2.0)", "2.0.0.7", false)]
    [InlineData("[1.0,2.0)", "0.9.9", false)]
    [InlineData("(1.0,2.0]", "1.0", false)]
    [InlineData("(1.0,2.0]", "1.0.1", true)]
    [InlineData("(1.0,2.0]", "2.0", true)]
    [InlineData("[1.2,)", "1.2", true)]
    [InlineData("[1.2,)", "99.0", true)]
    [InlineData("[1.2,)", "1.1.9", false)]
    [InlineData("(,2.0)", "0.1", true)]
    [InlineData("(,2.0)", "2.0", false)]
    [InlineData(" [ 1.0 , 2.0 ) ", "1.5", true)]
    [InlineData("1.2", "1.2", true)]
    [InlineData("1.2", "3.0", true)]
    [InlineData("1.2", "1.1", false)]
    public void Includes_compares_major_minor_and_build_against_the_bounds(string range, string version, bool included)
    {
        Assert.Equal(included, Parse(range).Includes(Version.Parse(version)));
    }

    [Theory]
    [InlineData("[1.0,2.0)", "[1.0,2.0)")]
    [InlineData("(1.0,]", "(1.0,]")]
    [InlineData("1.2", "[1.2,)")]
    public void A_range_prints_in_interval_notation(string text, string printed)
    {
        Assert.Equal(printed, Parse(text).ToString());
    }

    [Theory]
    [InlineData(null, "the range is empty")]
    [InlineData("  ", "the range is empty")]
    [InlineData("latest", "'latest' is not a version or an interval like [1.0,2.0)")]
    [InlineData("[1.0,2.0", "'[1.0,2.0' is not an interval like [1.0,2.0)")]
    [InlineData("[1.0]", "'[1.0]' is not an interval like [1.0,2.0)")]
    [InlineData("[1.0,2.0,3.0)", "'[1.0,2.0,3.0)' must have exactly one comma")]
    [InlineData("[one,2.0)", "'one' is not a version")]
    [InlineData("[1.0,two)", "'two' is not a version")]
    public void Anything_else_is_refused_with_a_reason(string? text, string reason)
    {
        Assert.False(VersionRange.TryParse(text, out var range, out var error));
        Assert.Null(range);
        Assert.Equal(reason, error);
    }
}
