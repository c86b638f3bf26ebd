using PerfRules.RuleSetFormat.Json;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// The canonical text a row's fingerprint hashes: the same for the same values however they are written, different
/// whenever a value differs.
/// </summary>
public sealed class DocNodeCanonicalTest
{
    private static string Canonical(string json)
    {
        var diagnostics = new Diagnostics();
        var node = DocReader.Read(json, "test.json", diagnostics);
        Assert.False(diagnostics.HasErrors);
        return node!.Canonical();
    }

    [Fact]
    public void Spacing_comments_and_escapes_do_not_change_it()
    {
        Assert.Equal(
            Canonical("""{"name":"甲","weight":2}"""),
            Canonical("""{ "$comment": "审核意见", "name" : "\u7532",  "weight": 2 }"""));
    }

    [Fact]
    public void A_quote_inside_a_value_is_not_the_end_of_it()
    {
        Assert.NotEqual(
            Canonical("""{"a":"x\",\"y","b":"z"}"""),
            Canonical("""{"a":"x","y\",\"b":"z"}"""));
    }

    [Fact]
    public void A_backslash_before_a_quote_is_told_apart_from_an_escaped_quote()
    {
        Assert.NotEqual(
            Canonical("""{"a":"x\\","b":"y"}"""),
            Canonical("""{"a":"x\",\"b\":\"y"}"""));
    }

    [Fact]
    public void A_string_is_told_apart_from_the_number_it_spells()
    {
        Assert.NotEqual(Canonical("""{"weight":"2"}"""), Canonical("""{"weight":2}"""));
    }
}
