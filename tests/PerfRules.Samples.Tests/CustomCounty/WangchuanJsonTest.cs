using PerfRules.RuleSetFormat;
using PerfRules.RuleSets;
using PerfRules.Samples.CustomCounty;
using PerfRules.Samples.CustomCounty.Wangchuan2022;

namespace PerfRules.Samples.Tests.CustomCounty;

/// <summary>
/// The JSON half of the county sample, wangchuan-2022.json: the same county as a document extending the built-in
/// Suixi table. It cannot be loaded until the Suixi table exists as a JSON document for "extends" to resolve against;
/// until then its shape is checked and it is compared with the C# county row by row.
/// </summary>
public sealed class WangchuanJsonTest
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "wangchuan-2022.json");

    [Fact]
    public void The_JSON_county_extends_the_Suixi_table_and_changes_the_rows_the_CSharp_county_changes()
    {
        var document = RuleSetJson.Parse(System.IO.File.ReadAllText(File), File);
        var county = WangchuanRuleSet.Build();

        Assert.Equal((county.Id, county.Version, BuiltInRuleSets.GuangdongSuixi2022.Id), (document.Id, document.Version, document.Extends));
        Assert.Equal((county.Name, county.Jurisdiction), (document.Name, document.Jurisdiction));
        Assert.Equal(CountyComparison.ChangedLeaves(BuiltInRuleSets.GuangdongSuixi2022, county), document.Indicators.Select(i => i.Code));
        Assert.All(document.Indicators, row => Assert.Equal(county.Indicators[row.Code].Criteria, row.Criteria));
        Assert.Equal(["bands", "formula", "formula"], document.Indicators.Select(i => i.ScoringKind));
    }
}
