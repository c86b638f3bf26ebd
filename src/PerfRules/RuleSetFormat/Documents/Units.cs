using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>The units a document may give a metric or an input, by the names the format uses.</summary>
internal static class Units
{
    public static readonly string[] Names = ["number", "yuan", "wanYuan", "percent", "days", "items", "cases", "persons", "points"];

    public static ValueUnit Parse(string name) => name switch
    {
        "yuan" => ValueUnit.Yuan,
        "wanYuan" => ValueUnit.WanYuan,
        "percent" => ValueUnit.Percent,
        "days" => ValueUnit.Days,
        "items" => ValueUnit.Items,
        "cases" => ValueUnit.Cases,
        "persons" => ValueUnit.Persons,
        "points" => ValueUnit.Points,
        _ => ValueUnit.None,
    };
}
