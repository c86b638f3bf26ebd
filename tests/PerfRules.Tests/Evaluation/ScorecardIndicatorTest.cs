using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Tests.Evaluation;

/// <summary>
/// An assembled row reads through to its indicator's layout and result; a row built by an initializer or changed by
/// <c>with</c> keeps its own values. Both must behave as one record.
/// </summary>
public sealed class ScorecardIndicatorTest
{
    private static ScorecardIndicator AssembledRow() =>
        TestRuleSet.Evaluator().Evaluate([.. TestRuleSet.Scores(30.25m, 20m, 35m), new SelfAssessedScore("1.1", 28m)])["1.1"];

    private static ScorecardIndicator WrittenOut(ScorecardIndicator row) => new()
    {
        Code = row.Code,
        Name = row.Name,
        Path = row.Path,
        Level = row.Level,
        IsLeaf = row.IsLeaf,
        Weight = row.Weight,
        EffectiveWeight = row.EffectiveWeight,
        Score = row.Score,
        Outcome = row.Outcome,
        Criteria = row.Criteria,
        Note = row.Note,
        Metric = row.Metric,
        Hit = row.Hit,
        Deductions = [.. row.Deductions],
        Problems = [.. row.Problems],
        SelfScore = row.SelfScore,
    };

    [Fact]
    public void An_assembled_row_equals_and_hashes_like_the_same_row_written_out()
    {
        var row = AssembledRow();
        var written = WrittenOut(row);

        Assert.Equal(28m, row.SelfScore);
        Assert.Equal(row, written);
        Assert.Equal(written, row);
        Assert.Equal(row.GetHashCode(), written.GetHashCode());
        Assert.Equal(row.ToString(), written.ToString());
    }

    [Fact]
    public void With_changes_only_what_it_names_and_leaves_the_original_alone()
    {
        var row = AssembledRow();
        var note = new LocalizedText("改过的说明", "A changed note");

        var changed = row with { Note = note, SelfScore = null };

        Assert.Equal(note, changed.Note);
        Assert.Null(changed.SelfScore);
        Assert.Equal(28m, row.SelfScore);
        Assert.NotEqual(note, row.Note);
        Assert.NotEqual(row, changed);
        Assert.Equal(row, changed with { Note = row.Note, SelfScore = row.SelfScore });
        Assert.Equal((row.Code, row.Name, row.Path, row.Score, row.Deductions), (changed.Code, changed.Name, changed.Path, changed.Score, changed.Deductions));
    }

    [Fact]
    public void A_copy_of_a_changed_row_has_values_of_its_own()
    {
        var first = AssembledRow() with { Score = 1m };

        var second = first with { Score = 2m, Deductions = [] };

        Assert.Equal(1m, first.Score);
        Assert.Equal(2m, second.Score);
        Assert.Equal(first.Deductions, AssembledRow().Deductions);
        Assert.Empty(second.Deductions);
    }

    [Fact]
    public void Rows_of_two_evaluations_of_the_same_facts_are_equal_but_differ_from_another_indicator()
    {
        var evaluator = TestRuleSet.Evaluator();
        object[] facts = [.. TestRuleSet.Scores(30.25m, 20m, 35m)];

        var (a, b) = (evaluator.Evaluate(facts), evaluator.Evaluate(facts));

        Assert.Equal(a["1.1"], b["1.1"]);
        Assert.NotEqual(a["1.1"], a["1.2"]);
    }
}
