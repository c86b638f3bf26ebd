using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>
/// A department's facts sorted by type in one pass, as the hand-written baseline reads them. A fact the Suixi table
/// needs once (the budget figures, the procurement totals…) must be given once: the engine reports a second one as an
/// error, which is beyond what the baseline reproduces.
/// </summary>
internal sealed class SuixiFacts
{
    public SuixiFacts(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case ChecklistAnswer answer:
                    Answers.Add(answer);
                    break;
                case EvaluatorFinding finding:
                    Findings.Add(finding);
                    break;
                case SelfAssessedScore or EvaluationContext:
                    // Self scores and the context go into the scorecard's header and self-assessment, not the scores.
                    break;
                case BudgetExecution budget:
                    Budget = Once(Budget, budget);
                    break;
                case BudgetLineItem line:
                    Lines.Add(line);
                    break;
                case TransferPaymentScope scope:
                    Scope = Once(Scope, scope);
                    break;
                case TransferPayment transfer:
                    TransferPayments.Add(transfer);
                    break;
                case SubordinateBudgetApproval approval:
                    Approval = Once(Approval, approval);
                    break;
                case Procurement procurement:
                    Procurement = Once(Procurement, procurement);
                    break;
                case IdleTreasuryFunds idle:
                    IdleFunds.Add(idle);
                    break;
                case FixedAssets assets:
                    Assets = Once(Assets, assets);
                    break;
                case Disclosure disclosure:
                    Disclosures.Add(disclosure);
                    break;
                case SelfEvaluationGroup group:
                    Group = Once(Group, group);
                    break;
                case SelfEvaluationSubmission submission:
                    Submission = Once(Submission, submission);
                    break;
                case OperatingExpenses operating:
                    Operating = Once(Operating, operating);
                    break;
                case ThreePublicExpenses threePublic:
                    ThreePublic = Once(ThreePublic, threePublic);
                    break;
                case ExternalAssessment assessment:
                    Assessments.Add(assessment);
                    break;
                case StatedRate rate:
                    Rates.Add(rate);
                    break;
                case TargetAchievement achievement:
                    Achievements.Add(achievement);
                    break;
                case ProjectTimeliness projects:
                    Projects.Add(projects);
                    break;
                case PetitionHandling petitions:
                    Petitions = Once(Petitions, petitions);
                    break;
                case Commendation commendation:
                    Commendations.Add(commendation);
                    break;
                case AccountabilityFinding accountability:
                    Accountability.Add(accountability);
                    break;
                default:
                    throw new NotSupportedException($"The hand-written baseline does not read {fact.GetType().Name} facts.");
            }
        }
    }

    public List<ChecklistAnswer> Answers { get; } = [];

    public List<EvaluatorFinding> Findings { get; } = [];

    public List<BudgetLineItem> Lines { get; } = [];

    public List<TransferPayment> TransferPayments { get; } = [];

    public List<IdleTreasuryFunds> IdleFunds { get; } = [];

    public List<Disclosure> Disclosures { get; } = [];

    public List<ExternalAssessment> Assessments { get; } = [];

    public List<StatedRate> Rates { get; } = [];

    public List<TargetAchievement> Achievements { get; } = [];

    public List<ProjectTimeliness> Projects { get; } = [];

    public List<Commendation> Commendations { get; } = [];

    public List<AccountabilityFinding> Accountability { get; } = [];

    public BudgetExecution? Budget { get; }

    public TransferPaymentScope? Scope { get; }

    public SubordinateBudgetApproval? Approval { get; }

    public Procurement? Procurement { get; }

    public FixedAssets? Assets { get; }

    public SelfEvaluationGroup? Group { get; }

    public SelfEvaluationSubmission? Submission { get; }

    public OperatingExpenses? Operating { get; }

    public ThreePublicExpenses? ThreePublic { get; }

    public PetitionHandling? Petitions { get; }

    /// <summary>The checklist answers of one indicator.</summary>
    public List<ChecklistAnswer> AnswersFor(string code) => Answers.FindAll(a => a.IndicatorCode == code);

    /// <summary>The evaluator's findings for one indicator.</summary>
    public List<EvaluatorFinding> FindingsFor(string code) => Findings.FindAll(f => f.IndicatorCode == code);

    /// <summary>The fact, which must be there: the engine scores an indicator without it as missing data.</summary>
    public static T Required<T>(T? fact)
        where T : class =>
        fact ?? throw new NotSupportedException($"The hand-written baseline needs a {typeof(T).Name} fact.");

    private static T Once<T>(T? existing, T fact)
        where T : class =>
        existing is null ? fact : throw new NotSupportedException($"The hand-written baseline takes one {typeof(T).Name} fact, not several.");
}
