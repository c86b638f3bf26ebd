using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// What a value a formula reads is called in notes and deductions, and its unit: <c>"BudgetExecution.ActualExpenditure":
/// { "zh": "年度实际支出", "en": "actual expenditure", "unit": "yuan" }</c>. <see cref="Key"/> is the expression as written.
/// </summary>
internal sealed record LabelSpec(string Key, LocalizedText Text, Results.ValueUnit? Unit, Location Location);
