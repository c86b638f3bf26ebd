using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>Texts with values: placeholders with formats, #if sections, #each loops with their order and #index, and their errors.</summary>
public sealed class TemplateTest
{
    private static Rendered Note(string template, params object[] facts)
    {
        var block = $$"""{ "kind": "cases", "cases": [ { "points": 1, "note": {{System.Text.Json.JsonSerializer.Serialize(template)}} } ] }""";
        var row = Documents.Score(1, block, facts);
        return new Rendered(row.Outcome, row.Note.Chinese, row.Problems);
    }

    private sealed record Rendered(IndicatorOutcome Outcome, string Text, IReadOnlyList<FactProblem> Problems);

    [Theory]
    [InlineData("{Procurement.Actual}", "219686.5")]
    [InlineData("{Procurement.Actual:yuan}元", "219686.5元")]
    [InlineData("{Procurement.Actual:wanYuan}万元", "21.97万元")]
    [InlineData("{Procurement.Actual / Procurement.Planned:percent}", "73.23%")]
    [InlineData("{2 * Procurement.Actual / Procurement.Planned:points}分", "1.46分")]
    [InlineData("{addDays(date('2023-04-28'), 2)}", "2023年4月30日")]
    [InlineData("{Procurement.Actual > 0}", "是")]
    [InlineData("{{花括号}}", "{花括号}")]
    public void Placeholders_are_formatted_as_notes_write_values(string template, string expected)
    {
        Assert.Equal(expected, Note(template, new Procurement(300000m, 219686.5m)).Text);
    }

    [Fact]
    public void Sections_choose_a_text_and_clause_drops_a_final_full_stop()
    {
        const string Template = "{#if one(ChecklistAnswer where IndicatorCode == '1.1').Met}符合{#else}不符合：{one(ChecklistAnswer where IndicatorCode == '1.1').Note:clause}{#end}";

        Assert.Equal("符合", Note(Template, new ChecklistAnswer("1.1", "1", true)).Text);
        Assert.Equal("不符合：资料不全", Note(Template, new ChecklistAnswer("1.1", "1", false, "资料不全。")).Text);
    }

    [Fact]
    public void Loops_take_the_facts_in_the_order_asked_whatever_order_they_were_given_in()
    {
        const string Template = "{#each ExternalAssessment where Score != null orderBy Name separator '；'}{#index}. {Name}{Score}分{#end}";
        object[] facts = [new ExternalAssessment("乙", 87.5m), new ExternalAssessment("甲", 85m), new ExternalAssessment("丙", null, "二等奖")];

        Assert.Equal("1. 乙87.5分；2. 甲85分", Note(Template, facts).Text);
        Assert.Equal("1. 乙87.5分；2. 甲85分", Note(Template, [.. facts.Reverse()]).Text);
    }

    [Fact]
    public void A_value_that_cannot_be_read_makes_the_indicator_lack_data_rather_than_show_a_guess()
    {
        var note = Note("实际于{SelfEvaluationSubmission.SubmittedOn}报送", new SelfEvaluationSubmission(new DateOnly(2023, 4, 28), null));

        Assert.Equal(IndicatorOutcome.MissingData, note.Outcome);
        Assert.Equal(("SelfEvaluationSubmission", "SubmittedOn"), (Assert.Single(note.Problems).FactType, note.Problems[0].Field));
    }

    [Fact]
    public void A_deductions_reason_states_the_points_it_deducts_after_rounding()
    {
        const string Thirds = """
            { "kind": "parts", "nameParts": false, "parts": [
                { "key": "a", "name": "甲", "points": 1, "scoring": { "kind": "cases", "cases": [ { "points": "Procurement.Actual / Procurement.Planned", "note": "甲",
                    "deduction": { "reason": { "zh": "甲，{#deducted}", "en": "a, {#deducted}" } } } ] } },
                { "key": "b", "name": "乙", "points": 1, "scoring": { "kind": "cases", "cases": [ { "points": "Procurement.Actual / Procurement.Planned", "note": "乙",
                    "deduction": { "reason": { "zh": "乙，{#deducted}", "en": "b, {#deducted}" } } } ] } } ] }
            """;

        var row = Documents.Score(2, Thirds, new Procurement(3m, 1m));

        Assert.Equal(["甲，扣0.67分", "乙，扣0.66分"], row.Deductions.Select(d => d.Reason.Chinese));
        Assert.Equal("b, 0.66 points deducted", row.Deductions[1].Reason.Get(Language.English));
    }

    [Theory]
    [InlineData("{#deducted}", "只能用在扣分理由")]
    [InlineData("{Procurement.Actual", "没有对应的")]
    [InlineData("多余}", "多余的")]
    [InlineData("{#if Procurement.Actual > 0}无结尾", "没有对应的{#end}")]
    [InlineData("{#else}", "{#else}只能")]
    [InlineData("{#index}", "只能用在{#each")]
    [InlineData("{Procurement.Actual:yuans}", "未知的格式“yuans”，是否应为“yuan”？")]
    [InlineData("{Procurement.Actual:date}", "格式“date”用于日期")]
    [InlineData("{#each Procurment}{#end}", "未知的事实类型“Procurment”")]
    [InlineData("{#each Procurement orderBy Plan}{#end}", "Procurement没有字段“Plan”")]
    [InlineData("{Procurement.Actul}", "没有字段“Actul”")]
    [InlineData("{#if Procurement.Actual}是{#end}", "条件应得出逻辑值")]
    public void A_wrong_template_is_refused_at_its_character(string template, string message)
    {
        var block = $$"""{ "kind": "cases", "cases": [ { "points": 1, "note": {{System.Text.Json.JsonSerializer.Serialize(template)}} } ] }""";

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(1, block))).Errors;

        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message.Chinese, StringComparison.Ordinal);
        Assert.Equal("$.indicators[1].scoring.cases[0].note", error.Path);
    }
}
