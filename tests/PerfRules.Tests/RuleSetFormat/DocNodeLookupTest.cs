using PerfRules.RuleSetFormat.Json;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>An object's properties are found by name, whether it has a few (searched in order) or many (indexed).</summary>
public sealed class DocNodeLookupTest
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void A_property_is_found_by_its_exact_name(int count)
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"p{i}\":{i}")) + "}";
        var node = DocReader.Read(json, "doc.json", new Diagnostics())!;

        for (var i = 0; i < count; i++)
        {
            Assert.True(node.Has($"p{i}"));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), node[$"p{i}"]!.Text);
        }

        Assert.False(node.Has("P0"));
        Assert.Null(node["p"]);
        Assert.Null(node[$"p{count}"]);
    }

    [Fact]
    public void A_repeated_name_finds_its_first_value()
    {
        var diagnostics = new Diagnostics();
        var node = DocReader.Read("""{"a":1,"b":2,"a":3}""", "doc.json", diagnostics)!;

        Assert.True(diagnostics.HasErrors);
        Assert.Equal("1", node["a"]!.Text);
    }

    [Fact]
    public void A_value_that_is_not_an_object_has_no_properties()
    {
        var node = DocReader.Read("""[1,2]""", "doc.json", new Diagnostics())!;

        Assert.False(node.Has("0"));
        Assert.Null(node["a"]);
    }
}
