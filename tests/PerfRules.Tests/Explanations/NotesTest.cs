using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scoring;
using Interval = PerfRules.Scoring.Interval;

namespace PerfRules.Tests.Explanations;

public sealed class NotesTest
{
    private static MetricValue Variance()
    {
        var budget = ScoringInput.Of(new("预算收入", "budgeted revenue"), 10_303_600m, ValueUnit.WanYuan,
            "BudgetExecution", "FiscalAppropriationRevenueBudget");
        var final = ScoringInput.Of(new("决算收入", "final revenue"), 15_188_214.45m, ValueUnit.WanYuan,
            "BudgetExecution", "FiscalAppropriationRevenueFinal");
        var rate = Ratio.Of(Math.Abs(15_188_214.45m - 10_303_600m), 10_303_600m, "差异率");
        return new MetricValue(new("差异率", "variance rate"), "({1}-{0})/{0}", rate, ValueUnit.Percent, budget, final);
    }

    [Fact]
    public void Suixi_variance_note_reads_like_the_report()
    {
        var step = new StepScale(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep).Apply(Variance().Value);

        var note = Notes.Step(Variance(), step);

        Assert.Equal(
            "预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分",
            note.Chinese);
        Assert.Equal(
            "budgeted revenue 10.3036 million yuan, final revenue 15.1882 million yuan, variance rate = (15.1882-10.3036)/10.3036 = 47.41%, "
            + "0.5 points deducted for every further 5%, 3 points deducted",
            note.English);
    }

    [Fact]
    public void A_step_note_without_a_deduction_states_the_score()
    {
        var step = new StepScale(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep).Apply(0.01m);
        Assert.EndsWith("得3分", Notes.Step(Variance(), step).Chinese);
    }

    [Fact]
    public void Suixi_carry_over_note_states_the_computation_and_the_points()
    {
        var closing = ScoringInput.Of(new("年末结转结余"), 101_571.86m, ValueUnit.Yuan);
        var opening = ScoringInput.Of(new("年初结转结余"), 549_070.93m, ValueUnit.Yuan);
        var general = ScoringInput.Of(new("一般公共预算财政拨款"), 15_188_214.45m, ValueUnit.Yuan);
        var fund = ScoringInput.Of(new("政府性基金预算财政拨款"), 0m, ValueUnit.Yuan);
        var rate = Ratio.Of(101_571.86m, 549_070.93m + 15_188_214.45m + 0m, "结转结余率");
        var metric = new MetricValue(new("结转结余率", "carry-over rate"), "{0}/({1}+{2}+{3})", rate, ValueUnit.Percent, closing, opening, general, fund);
        var hit = new BandScale(new Band(Interval.AtMost(0.1m), 3), new Band(Interval.Above(0.1m), 0)).Classify(rate);

        var note = Notes.Band(metric, hit, stateInputs: false);

        Assert.Equal("结转结余率=101571.86/（549070.93+15188214.45+0）=0.65%，得3分", note.Chinese);
        Assert.Equal("carry-over rate = 101571.86/(549070.93+15188214.45+0) = 0.65%, scores 3 points", note.English);
    }

    [Fact]
    public void Numbered_parts_read_like_a_multi_part_note()
    {
        var note = Notes.Numbered(new LocalizedText("扣3分", "3 points deducted"), new LocalizedText("扣0.5分", "0.5 points deducted"));
        Assert.Equal("1. 扣3分；2. 扣0.5分", note.Chinese);
        Assert.Equal("1. 3 points deducted; 2. 0.5 points deducted", note.English);
    }

    [Fact]
    public void Join_uses_full_width_commas_in_Chinese()
    {
        var note = Notes.Join(new LocalizedText("甲", "a"), new LocalizedText("乙", "b"));
        Assert.Equal("甲，乙", note.Chinese);
        Assert.Equal("a, b", note.English);
        Assert.Throws<ArgumentException>(() => Notes.Join());
    }

    [Fact]
    public void A_note_whose_English_is_composed_on_reading_equals_the_same_note_written_out()
    {
        var step = new StepScale(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep).Apply(Variance().Value);
        var composed = Notes.Step(Variance(), step);
        var written = new LocalizedText(
            "预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分",
            "budgeted revenue 10.3036 million yuan, final revenue 15.1882 million yuan, variance rate = (15.1882-10.3036)/10.3036 = 47.41%, "
            + step.Scale.Describe().English + ", 3 points deducted");

        Assert.Equal(written.GetHashCode(), Notes.Step(Variance(), step).GetHashCode());
        Assert.Equal(written, composed);
        Assert.Equal(written.English, composed.Get(Language.English));
    }

    [Fact]
    public void Threads_reading_a_composed_English_at_once_all_read_the_same_text()
    {
        var texts = Enumerable.Range(0, 64).Select(i => Notes.Join(ReportFormat.Deducted(i), ReportFormat.Awarded(i))).ToArray();

        var read = new string?[texts.Length * 8];
        Parallel.For(0, read.Length, i => read[i] = texts[i % texts.Length].English);

        Assert.All(Enumerable.Range(0, read.Length), i => Assert.Equal($"{i % texts.Length} point{(i % texts.Length == 1 ? "" : "s")} deducted, scores {i % texts.Length} point{(i % texts.Length == 1 ? "" : "s")}", read[i]));
        Assert.Equal("2 points deducted, scores 2 points", texts[2].English);
    }

    [Fact]
    public void Threads_reading_a_composed_Chinese_at_once_all_read_the_same_text()
    {
        var texts = Enumerable.Range(0, 64).Select(i => Notes.Numbered(Notes.Join(ReportFormat.Deducted(i), ReportFormat.Awarded(i)), new LocalizedText("另见附件"))).ToArray();

        var read = new string?[texts.Length * 8];
        Parallel.For(0, read.Length, i => read[i] = texts[i % texts.Length].Chinese);

        Assert.All(Enumerable.Range(0, read.Length), i => Assert.Equal($"1. 扣{i % texts.Length}分，得{i % texts.Length}分；2. 另见附件", read[i]));
    }

    [Fact]
    public void Threads_reading_a_composed_text_in_both_languages_at_once_all_read_the_right_text()
    {
        // Reading the English replaces the composer, which the Chinese is composed from: a thread reading the Chinese
        // meanwhile must still find it, whichever language is read first.
        for (var round = 0; round < 20; round++)
        {
            var texts = Enumerable.Range(0, 64).Select(i => Notes.Join(ReportFormat.Deducted(i), new LocalizedText("见附件", "see the annex"))).ToArray();
            var read = new string[texts.Length * 8];

            Parallel.For(0, read.Length, i => read[i] = i % 2 == 0
                ? texts[i % texts.Length].Chinese
                : texts[i % texts.Length].Get(Language.English));

            Assert.All(Enumerable.Range(0, read.Length), i =>
            {
                var points = i % texts.Length;
                Assert.Equal(i % 2 == 0 ? $"扣{points}分，见附件" : $"{points} point{(points == 1 ? "" : "s")} deducted, see the annex", read[i]);
            });
        }
    }

    [Fact]
    public void A_text_read_in_English_first_still_reads_and_compares_in_chinese()
    {
        var text = Notes.Join(ReportFormat.Deducted(2m), new LocalizedText("见附件", "see the annex"));

        Assert.Equal("2 points deducted, see the annex", text.English);
        Assert.Equal("扣2分，见附件", text.Chinese);
        Assert.Equal(new LocalizedText("扣2分，见附件", "2 points deducted, see the annex"), text);
        Assert.Equal(Notes.Join(ReportFormat.Deducted(2m), new LocalizedText("见附件", "see the annex")), text);
    }

    [Fact]
    public void A_note_composed_on_reading_is_the_same_whether_its_parts_are_read_before_or_after_it()
    {
        // The same nested note built twice: one read from the top down, the other with every part read first.
        (LocalizedText Note, LocalizedText[] Parts) Build()
        {
            var step = new StepScale(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep).Apply(Variance().Value);
            var computation = Notes.Computation(Variance());
            var deducted = ReportFormat.Deducted(3m);
            var joined = Notes.Join(computation, deducted, Variance().Inputs[0].Describe());
            var stepNote = Notes.Step(Variance(), step);
            return (Notes.Numbered(joined, stepNote, Variance().Formula), [computation, deducted, joined, stepNote, Variance().Displayed]);
        }

        var topDown = Build();
        var bottomUp = Build();
        var partsFirst = bottomUp.Parts.Select(p => (p.Chinese, p.English)).ToArray();

        Assert.Equal(
            "1. 差异率=（1518.82-1030.36）/1030.36=47.41%，扣3分，预算收入1030.36万元；"
            + "2. 预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分；"
            + "3. (决算收入-预算收入)/预算收入",
            topDown.Note.Chinese);
        Assert.Equal((topDown.Note.Chinese, topDown.Note.English), (bottomUp.Note.Chinese, bottomUp.Note.English));
        Assert.Equal(partsFirst, topDown.Parts.Select(p => (p.Chinese, p.English)));
        Assert.Equal(new LocalizedText(topDown.Note.Chinese, topDown.Note.English), bottomUp.Note);
        Assert.Equal(bottomUp.Note, new LocalizedText(topDown.Note.Chinese, topDown.Note.English));
        Assert.Equal(new LocalizedText(topDown.Note.Chinese, topDown.Note.English).GetHashCode(), Build().Note.GetHashCode());
    }

    [Fact]
    public void Parts_written_out_and_parts_in_a_list_make_the_same_note()
    {
        var list = new List<LocalizedText> { new("甲", "a"), ReportFormat.Deducted(2m) };

        Assert.Equal(Notes.Join(list), Notes.Join(new LocalizedText("甲", "a"), ReportFormat.Deducted(2m)));
        Assert.Equal(Notes.Numbered(list), Notes.Numbered(new LocalizedText("甲", "a"), ReportFormat.Deducted(2m)));
        Assert.Equal(("1. 甲；2. 扣2分", "1. a; 2. 2 points deducted"), (Notes.Numbered(list).Chinese, Notes.Numbered(list).English));
        Assert.Throws<ArgumentException>(() => Notes.Join());
        Assert.Throws<ArgumentException>(() => Notes.Numbered());
        Assert.Throws<ArgumentException>(() => Notes.Join(new List<LocalizedText>()));
        Assert.Throws<ArgumentNullException>(() => Notes.Numbered((IEnumerable<LocalizedText>)null!));
    }

    [Fact]
    public void A_part_without_English_is_joined_into_the_English_in_Chinese()
    {
        var note = Notes.Numbered(Notes.Join(new LocalizedText("经查：《财务制度》"), ReportFormat.Deducted(1m)), new LocalizedText("乙", "b"));

        Assert.Equal("1. 经查：《财务制度》，扣1分；2. 乙", note.Chinese);
        Assert.Equal("1. 经查：《财务制度》, 1 point deducted; 2. b", note.English);
    }

    [Fact]
    public void Composed_notes_from_equal_parts_are_equal_and_from_different_parts_are_not()
    {
        Assert.Equal(Notes.Join(ReportFormat.Deducted(1m), new LocalizedText("甲")), Notes.Join(ReportFormat.Deducted(1m), new LocalizedText("甲")));
        Assert.NotEqual(Notes.Join(ReportFormat.Deducted(1m), new LocalizedText("甲")), Notes.Join(ReportFormat.Deducted(2m), new LocalizedText("甲")));
        Assert.NotEqual(Notes.Join(ReportFormat.Deducted(1m), new LocalizedText("甲")), Notes.Numbered(ReportFormat.Deducted(1m), new LocalizedText("甲")));

        // Different inputs that read the same are the same text.
        Assert.Equal(Notes.Join(ReportFormat.Deducted(1m)), Notes.Join(ReportFormat.Deducted(1.00m)));
        Assert.Equal(Notes.Join(new LocalizedText("扣1分", "1 point deducted"), new LocalizedText("甲")), Notes.Join(ReportFormat.Deducted(1m), new LocalizedText("甲")));
    }

    [Fact]
    public void Joined_English_is_of_the_parts_as_given_even_if_the_caller_changes_its_list_afterwards()
    {
        var parts = new List<LocalizedText> { new("甲", "a"), new("乙", "b") };

        var joined = Notes.Join(parts);
        parts[1] = new LocalizedText("丙", "c");

        Assert.Equal(("甲，乙", "a, b"), (joined.Chinese, joined.English));
    }
}
