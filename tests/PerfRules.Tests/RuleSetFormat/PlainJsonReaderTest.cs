using PerfRules.RuleSetFormat.Json;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// Documents in plain JSON are read without System.Text.Json: into the same nodes, at the same places, as the full
/// reader; and every other text, mistakes included, gets the same nodes and the same problems as before.
/// </summary>
public sealed class PlainJsonReaderTest
{
    public static TheoryData<string> Documents() =>
    [
        "src/PerfRules.RuleSets/GuangdongSuixi2022/GuangdongSuixi2022.json",
        "tests/PerfRules.Tests/RuleSetFormat/TestData/province-base.json",
        "tests/PerfRules.Tests/RuleSetFormat/TestData/county-extends.json",
        "tests/PerfRules.Tests/RuleSetFormat/TestData/xushui-style.json",
        "tests/PerfRules.Tests/RuleSetFormat/TestData/suixi-2022-extract.json",
        "tests/PerfRules.Tests/RuleSetFormat/TestData/Linting/suixi-2022-as-printed.json",
        "tests/PerfRules.DependencyInjection.Tests/TestData/broken.json",
        "samples/PerfRules.Samples.CustomCounty/wangchuan-2022.json",
        "samples/PerfRules.Samples.Xushui/xushui-style-2023.json",
    ];

    public static TheoryData<string> Texts() =>
    [
        """{"a":1,"b":[true,false,null],"c":{"d":"甲乙","e":-0.5e+3,"f":0,"g":[]},"h":{}}""",
        "\uFEFF { \"a\" :\t[ 1 ,\r\n 2 ] }\n",
        """{"a":"say \"hi\"","b":"\u7532"}""",
        """{"a":1,"a":2}""",
        """{"a":1,}""",
        """[1,2,]""",
        """{"a":1} // note""",
        """{"a":01}""",
        """{"a":1.}""",
        """{"a":1e}""",
        """{"a":-}""",
        """{"a":tru}""",
        """{"a":truex}""",
        """{"a":nul}""",
        """[1 2]""",
        """{"a" 1}""",
        """{a:1}""",
        """{"a":"unterminated""",
        """{"a":[1,2""",
        "{\"a\":\"tab\there\"}",
        "{\"a\":\"nul\u0000here\"}",
        "",
        "   ",
        """{} x""",
        """{}{}""",
        """"just a string"""",
        """12""",
        """[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]""",
        """{"x.y":{"1a":[{"it's":"ok"}]}""",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_reads_the_same_with_either_reader(string path)
    {
        var json = File.ReadAllText(Path.Combine(TestDocuments.RepositoryRoot, path));

        Assert.NotNull(DocReader.Read(json, "doc.json", new Diagnostics(), plain: true, full: false));
        AssertSameReading(json);
    }

    [Theory]
    [InlineData("""{"a":"say \"hi\""}""")]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":01}""")]
    [InlineData("""{"a":1} // note""")]
    [InlineData("""{"a":"tab	here"}""")]
    [InlineData("")]
    public void Escapes_repeated_names_and_every_mistake_go_to_the_full_reader(string json)
    {
        Assert.Null(DocReader.Read(json, "doc.json", new Diagnostics(), plain: true, full: false));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_reads_the_same_with_either_reader(string json)
    {
        AssertSameReading(json);
    }

    private static void AssertSameReading(string json)
    {
        var plainDiagnostics = new Diagnostics();
        var fullDiagnostics = new Diagnostics();

        var plain = DocReader.Read(json, "doc.json", plainDiagnostics);
        var full = DocReader.Read(json, "doc.json", fullDiagnostics, plain: false, full: true);

        Assert.Equal(fullDiagnostics.Items, plainDiagnostics.Items);
        Assert.Equal(full is null, plain is null);
        if (full is not null)
        {
            AssertSameNode(full, plain!);
        }
    }

    private static void AssertSameNode(DocNode expected, DocNode actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Raw, actual.Raw);
        Assert.Equal(expected.Properties.Select(p => (p.Name, p.NameLocation)), actual.Properties.Select(p => (p.Name, p.NameLocation)));
        for (var i = 0; i < expected.Properties.Count; i++)
        {
            AssertSameNode(expected.Properties[i].Value, actual.Properties[i].Value);
        }

        Assert.Equal(expected.Items.Count, actual.Items.Count);
        for (var i = 0; i < expected.Items.Count; i++)
        {
            AssertSameNode(expected.Items[i], actual.Items[i]);
        }
    }
}
