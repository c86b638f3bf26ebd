namespace PerfRules.Facts;

/// <summary>
/// The department's fiscal appropriation and execution figures for the year, in yuan, as the final-accounts table
/// 财决01-1表 gives them.
/// </summary>
/// <param name="FiscalAppropriationRevenueBudget">Fiscal appropriation revenue budgeted at the start of the year (财政拨款收入预算数), e.g. 10303600.</param>
/// <param name="FiscalAppropriationRevenueFinal">Fiscal appropriation revenue in the final accounts (财政拨款收入决算数), e.g. 15188214.45.</param>
/// <param name="OpeningFiscalCarryOver">Fiscal carry-over and balance at the start of the year (年初财政拨款结转和结余), e.g. 549070.93.</param>
/// <param name="ClosingFiscalCarryOver">Fiscal carry-over and balance at the end of the year (年末财政拨款结转和结余), e.g. 101571.86.</param>
/// <param name="GeneralPublicBudgetAppropriation">General public budget appropriation, final (一般公共预算财政拨款决算数), e.g. 15188214.45.</param>
/// <param name="GovernmentFundAppropriation">Government fund budget appropriation, final (政府性基金预算财政拨款决算数), e.g. 0.</param>
/// <param name="ActualExpenditure">The department's actual expenditure for the year (年度实际支出), e.g. 15635713.52.</param>
/// <param name="BudgetIssuedByFinance">The budget the finance bureau issued to the department (财政下达预算数), e.g. 15188214.45.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BudgetExecution(
    decimal FiscalAppropriationRevenueBudget,
    decimal FiscalAppropriationRevenueFinal,
    decimal OpeningFiscalCarryOver,
    decimal ClosingFiscalCarryOver,
    decimal GeneralPublicBudgetAppropriation,
    decimal GovernmentFundAppropriation,
    decimal ActualExpenditure,
    decimal BudgetIssuedByFinance) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(BudgetExecution))
            .NotNegative(nameof(FiscalAppropriationRevenueBudget), "财政拨款收入预算数", FiscalAppropriationRevenueBudget)
            .NotNegative(nameof(FiscalAppropriationRevenueFinal), "财政拨款收入决算数", FiscalAppropriationRevenueFinal)
            .NotNegative(nameof(OpeningFiscalCarryOver), "年初财政拨款结转和结余", OpeningFiscalCarryOver)
            .NotNegative(nameof(ClosingFiscalCarryOver), "年末财政拨款结转和结余", ClosingFiscalCarryOver)
            .NotNegative(nameof(GeneralPublicBudgetAppropriation), "一般公共预算财政拨款决算数", GeneralPublicBudgetAppropriation)
            .NotNegative(nameof(GovernmentFundAppropriation), "政府性基金预算财政拨款决算数", GovernmentFundAppropriation)
            .NotNegative(nameof(ActualExpenditure), "年度实际支出", ActualExpenditure)
            .NotNegative(nameof(BudgetIssuedByFinance), "财政下达预算数", BudgetIssuedByFinance)
            .Problems;
}
