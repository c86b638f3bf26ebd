using System.Globalization;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// Compares two scorecards of the same table field by field and names the first difference with both values: for every
/// row the outcome, score, weight, effective weight, metric value, band or step hit, each deduction's points and kind (and
/// its reason and evidence), the kinds of its problems (fact type and field) and its note in Chinese and in English; then
/// the totals, grade, reconciliation, self-assessment and the ranking of deductions.
/// </summary>
internal static class ScorecardComparison
{
    private static readonly IReadOnlySet<string> NoNotes = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Asserts that each scorecard is what a fresh session (<see cref="ScorecardEvaluator.OpenSession"/>, which never
    /// reuses one) gives for its department: field by field, every note included, then as a whole.
    /// </summary>
    /// <param name="evaluator">The evaluator that scored the departments.</param>
    /// <param name="departments">The departments, in order.</param>
    /// <param name="cards">Their scorecards, in the same order.</param>
    /// <param name="name">Names department <c>i</c> in a failure.</param>
    public static void AssertAsFresh(ScorecardEvaluator evaluator, IReadOnlyList<IEnumerable<object>> departments, IReadOnlyList<Scorecard> cards, Func<int, string> name)
    {
        Assert.Equal(departments.Count, cards.Count);
        for (var i = 0; i < departments.Count; i++)
        {
            var fresh = evaluator.OpenSession(departments[i]).Scorecard;
            if (FirstDifference(fresh, cards[i], NoNotes) is { } difference)
            {
                Assert.Fail($"{name(i)}: {difference}");
            }

            Assert.Equal(fresh, cards[i]);
        }
    }

    /// <summary>The first difference, or null when the scorecards agree on every field compared.</summary>
    /// <param name="expected">The scorecard expected (the C# rule set's, a fresh session's).</param>
    /// <param name="actual">The scorecard compared with it (the JSON rule set's, a reused session's).</param>
    /// <param name="notesMayDiffer">Indicators whose notes are not compared (each with its reason where the list is kept).</param>
    public static string? FirstDifference(Scorecard expected, Scorecard actual, IReadOnlySet<string> notesMayDiffer)
    {
        return Differences(expected, actual, notesMayDiffer).FirstOrDefault(d => d is not null);
    }

    private static IEnumerable<string?> Differences(Scorecard expected, Scorecard actual, IReadOnlySet<string> notesMayDiffer)
    {
        var codes = expected.Indicators.Select(i => i.Code).ToList();
        if (Differ("indicator codes", string.Join(",", codes), string.Join(",", actual.Indicators.Select(i => i.Code))) is { } tree)
        {
            yield return tree;
            yield break;
        }

        foreach (var (e, a) in expected.Indicators.Zip(actual.Indicators))
        {
            var at = e.Code;
            yield return Differ($"{at} outcome", e.Outcome, a.Outcome);
            yield return Differ($"{at} score", e.Score, a.Score);
            yield return Differ($"{at} weight", e.Weight, a.Weight);
            yield return Differ($"{at} effective weight", e.EffectiveWeight, a.EffectiveWeight);
            yield return Differ($"{at} metric value", e.Metric?.Value, a.Metric?.Value);
            yield return Differ($"{at} band or step hit", e.Hit?.Chinese, a.Hit?.Chinese);
            yield return Differ($"{at} problem kinds", Kinds(e.Problems), Kinds(a.Problems));
            yield return Differ($"{at} deductions (points, kind)", Deductions(e.Deductions), Deductions(a.Deductions));
            yield return Differ($"{at} deduction reasons", Reasons(e.Deductions, Language.Chinese), Reasons(a.Deductions, Language.Chinese));
            yield return Differ($"{at} deduction reasons in English", Reasons(e.Deductions, Language.English), Reasons(a.Deductions, Language.English));
            yield return Differ($"{at} deduction evidence", Evidence(e.Deductions), Evidence(a.Deductions));
            if (!notesMayDiffer.Contains(at))
            {
                yield return Differ($"{at} note", e.Note.Chinese, a.Note.Chinese);
                yield return Differ($"{at} note in English", e.Note.Get(Language.English), a.Note.Get(Language.English));
            }
        }

        yield return Differ("applicable points", expected.ApplicablePoints, actual.ApplicablePoints);
        yield return Differ("raw total", expected.RawTotal, actual.RawTotal);
        yield return Differ("converted total", expected.ConvertedTotal, actual.ConvertedTotal);
        yield return Differ("adjustments", expected.Adjustments, actual.Adjustments);
        yield return Differ("total", expected.Total, actual.Total);
        yield return Differ("grade", expected.Grade?.ChineseName, actual.Grade?.ChineseName);
        yield return Differ("reconciliation", expected.Reconciliation, actual.Reconciliation);
        yield return Differ("self total", expected.SelfAssessment?.SelfTotal, actual.SelfAssessment?.SelfTotal);
        yield return Differ("self-vs-verified differences", SelfDifferences(expected), SelfDifferences(actual));
        yield return Differ("top deductions (rank, indicator, points, kind)", Ranked(expected), Ranked(actual));
        yield return Differ("scorecard problem kinds", Kinds(expected.Problems), Kinds(actual.Problems));
    }

    private static string? Differ<T>(string field, T expected, T actual) =>
        EqualityComparer<T>.Default.Equals(expected, actual)
            ? null
            : $"{field}: expected «{Show(expected)}», actual «{Show(actual)}»";

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        decimal d => Number(d),
        _ => value.ToString() ?? "",
    };

    // A problem's kind is the fact and field it names (and the indicator it was scored for); its wording may differ.
    private static string Kinds(IEnumerable<FactProblem> problems) =>
        string.Join(", ", problems.Select(p => $"[{p.IndicatorCode}] {p.FactType}.{p.Field}").Distinct().Order(StringComparer.Ordinal));

    private static string Deductions(IEnumerable<Deduction> deductions) =>
        string.Join(", ", deductions.Select(d => $"{Number(d.Points)} {d.Kind}"));

    private static string Reasons(IEnumerable<Deduction> deductions, Language language) =>
        string.Join(" | ", deductions.Select(d => d.Reason.Get(language)));

    private static string Evidence(IEnumerable<Deduction> deductions) =>
        string.Join(" | ", deductions.Select(d => string.Join("、", d.Evidence)));

    private static string SelfDifferences(Scorecard card) =>
        string.Join(", ", (card.SelfAssessment?.Differences ?? []).Select(d => $"{d.IndicatorCode} {Number(d.SelfScore)} {Number(d.VerifiedScore)} {Number(d.Difference)}"));

    private static string Ranked(Scorecard card) =>
        string.Join(", ", card.TopDeductions.Select(d => $"{d.Rank} {d.IndicatorCode} {Number(d.Deduction.Points)} {d.Deduction.Kind}"));

    // Decimals compare by value (2.00 equals 2), so they are written without trailing zeros.
    private static string Number(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "null";
}
