using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Facts;

/// <summary>Who is evaluated, for which year, and when (被评价单位、评价年度).</summary>
/// <param name="Department">The department evaluated, e.g. 遂溪县人力资源和社会保障局.</param>
/// <param name="County">The county (县/区), e.g. 遂溪县.</param>
/// <param name="Province">The province, e.g. 广东省.</param>
/// <param name="FiscalYear">The fiscal year evaluated (评价年度), e.g. 2022.</param>
/// <param name="EvaluationDate">The date of the evaluation (report date), e.g. 2024-03-04.</param>
/// <param name="Evaluator">Who evaluated, e.g. the accounting firm; null when the department assessed itself.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluationContext(
    string Department,
    string County,
    string Province,
    int FiscalYear,
    DateOnly EvaluationDate,
    string? Evaluator = null) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(EvaluationContext))
            .Required(nameof(Department), "被评价单位", Department)
            .Required(nameof(County), "县（区）", County)
            .Required(nameof(Province), "省份", Province);
        if (FiscalYear is < 1900 or > 9999)
        {
            checks.Add(nameof(FiscalYear), $"评价年度{FiscalYear}无效", $"{nameof(FiscalYear)} {FiscalYear} is not a valid year");
        }
        else if (EvaluationDate.Year < FiscalYear)
        {
            checks.Add(nameof(EvaluationDate),
                $"评价日期（{ReportFormat.Date(EvaluationDate)}）早于评价年度{FiscalYear}年",
                $"{nameof(EvaluationDate)} ({ReportFormat.Date(EvaluationDate, Language.English)}) is before the fiscal year {FiscalYear} began");
        }

        return checks.Problems;
    }
}
