using FsCheck;
using FsCheck.Fluent;
using PerfRules.Facts;

namespace PerfRules.Testing.Generators;

/// <summary>
/// An FsCheck <see cref="Arbitrary{T}"/> for every fact type of <c>PerfRules.Facts</c>, wrapping the generators of
/// <see cref="FactGenerators"/>. Register them all at once so that <c>Prop.ForAll((FixedAssets assets) =&gt; …)</c>
/// draws realistic facts: <c>Config.Quick.WithArbitrary([typeof(FactArbitraries)])</c>.
/// </summary>
/// <remarks>
/// The arbitraries do not shrink a fact field by field (that would break the consistency the generators keep); to
/// shrink a failing department, vary a baseline with <see cref="RuleSetProperties"/>, which shrinks the variation.
/// Thread-safe.
/// </remarks>
public static class FactArbitraries
{
    /// <summary>Realistic, consistent <see cref="Facts.EvaluationContext"/> facts: see <see cref="FactGenerators.EvaluationContext"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluationContext> EvaluationContext() => Arb.From(FactGenerators.EvaluationContext());

    /// <summary>Realistic, consistent <see cref="Facts.BudgetExecution"/> facts: see <see cref="FactGenerators.BudgetExecution"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BudgetExecution> BudgetExecution() => Arb.From(FactGenerators.BudgetExecution());

    /// <summary>Realistic, consistent <see cref="Facts.BudgetLineItem"/> facts: see <see cref="FactGenerators.BudgetLineItem"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BudgetLineItem> BudgetLineItem() => Arb.From(FactGenerators.BudgetLineItem());

    /// <summary>Realistic, consistent <see cref="Facts.OperatingExpenses"/> facts: see <see cref="FactGenerators.OperatingExpenses"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OperatingExpenses> OperatingExpenses() => Arb.From(FactGenerators.OperatingExpenses());

    /// <summary>Realistic, consistent <see cref="Facts.ThreePublicExpenses"/> facts: see <see cref="FactGenerators.ThreePublicExpenses"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ThreePublicExpenses> ThreePublicExpenses() => Arb.From(FactGenerators.ThreePublicExpenses());

    /// <summary>Realistic, consistent <see cref="Facts.IdleTreasuryFunds"/> facts: see <see cref="FactGenerators.IdleTreasuryFunds"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IdleTreasuryFunds> IdleTreasuryFunds() => Arb.From(FactGenerators.IdleTreasuryFunds());

    /// <summary>Realistic, consistent <see cref="Facts.Procurement"/> facts: see <see cref="FactGenerators.Procurement"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Procurement> Procurement() => Arb.From(FactGenerators.Procurement());

    /// <summary>Realistic, consistent <see cref="Facts.FixedAssets"/> facts: see <see cref="FactGenerators.FixedAssets"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FixedAssets> FixedAssets() => Arb.From(FactGenerators.FixedAssets());

    /// <summary>Realistic, consistent <see cref="Facts.TransferPayment"/> facts: see <see cref="FactGenerators.TransferPayment"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TransferPayment> TransferPayment() => Arb.From(FactGenerators.TransferPayment());

    /// <summary>Realistic, consistent <see cref="Facts.TransferPaymentScope"/> facts: see <see cref="FactGenerators.TransferPaymentScope"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TransferPaymentScope> TransferPaymentScope() => Arb.From(FactGenerators.TransferPaymentScope());

    /// <summary>Realistic, consistent <see cref="Facts.SubordinateBudgetApproval"/> facts: see <see cref="FactGenerators.SubordinateBudgetApproval"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SubordinateBudgetApproval> SubordinateBudgetApproval() => Arb.From(FactGenerators.SubordinateBudgetApproval());

    /// <summary>Realistic, consistent <see cref="Facts.Disclosure"/> facts: see <see cref="FactGenerators.Disclosure"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Disclosure> Disclosure() => Arb.From(FactGenerators.Disclosure());

    /// <summary>Realistic, consistent <see cref="Facts.SelfEvaluationGroup"/> facts: see <see cref="FactGenerators.SelfEvaluationGroup"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SelfEvaluationGroup> SelfEvaluationGroup() => Arb.From(FactGenerators.SelfEvaluationGroup());

    /// <summary>Realistic, consistent <see cref="Facts.SelfEvaluationSubmission"/> facts: see <see cref="FactGenerators.SelfEvaluationSubmission"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SelfEvaluationSubmission> SelfEvaluationSubmission() => Arb.From(FactGenerators.SelfEvaluationSubmission());

    /// <summary>Realistic, consistent <see cref="Facts.TargetAchievement"/> facts: see <see cref="FactGenerators.TargetAchievement"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TargetAchievement> TargetAchievement() => Arb.From(FactGenerators.TargetAchievement());

    /// <summary>Realistic, consistent <see cref="Facts.ProjectTimeliness"/> facts: see <see cref="FactGenerators.ProjectTimeliness"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProjectTimeliness> ProjectTimeliness() => Arb.From(FactGenerators.ProjectTimeliness());

    /// <summary>Realistic, consistent <see cref="Facts.PetitionHandling"/> facts: see <see cref="FactGenerators.PetitionHandling"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PetitionHandling> PetitionHandling() => Arb.From(FactGenerators.PetitionHandling());

    /// <summary>Realistic, consistent <see cref="Facts.ExternalAssessment"/> facts: see <see cref="FactGenerators.ExternalAssessment"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExternalAssessment> ExternalAssessment() => Arb.From(FactGenerators.ExternalAssessment());

    /// <summary>Realistic, consistent <see cref="Facts.EvaluatorFinding"/> facts: see <see cref="FactGenerators.EvaluatorFinding"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluatorFinding> EvaluatorFinding() => Arb.From(FactGenerators.EvaluatorFinding());

    /// <summary>Realistic, consistent <see cref="Facts.ChecklistAnswer"/> facts: see <see cref="FactGenerators.ChecklistAnswer"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ChecklistAnswer> ChecklistAnswer() => Arb.From(FactGenerators.ChecklistAnswer());

    /// <summary>Realistic, consistent <see cref="Facts.SelfAssessedScore"/> facts: see <see cref="FactGenerators.SelfAssessedScore"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SelfAssessedScore> SelfAssessedScore() => Arb.From(FactGenerators.SelfAssessedScore());

    /// <summary>Realistic, consistent <see cref="Facts.StatedRate"/> facts: see <see cref="FactGenerators.StatedRate"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatedRate> StatedRate() => Arb.From(FactGenerators.StatedRate());

    /// <summary>Realistic, consistent <see cref="Facts.Commendation"/> facts: see <see cref="FactGenerators.Commendation"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Commendation> Commendation() => Arb.From(FactGenerators.Commendation());

    /// <summary>Realistic, consistent <see cref="Facts.AccountabilityFinding"/> facts: see <see cref="FactGenerators.AccountabilityFinding"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AccountabilityFinding> AccountabilityFinding() => Arb.From(FactGenerators.AccountabilityFinding());
}
