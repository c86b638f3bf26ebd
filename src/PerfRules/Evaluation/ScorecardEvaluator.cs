using PerfRules.Engine;
using PerfRules.Evaluation.Rules;
using PerfRules.Scorecards;

namespace PerfRules.Evaluation;

/// <summary>
/// Scores departments against one rule set: the rule set is compiled once, here, into a Rete network; each evaluation
/// runs a fresh session over the facts given and returns an immutable <see cref="Scorecard"/>.
/// </summary>
/// <remarks>Thread-safe: one evaluator may score many departments on many threads at once.</remarks>
/// <example>
/// <code>
/// var evaluator = new ScorecardEvaluator(GuangdongSuixi2022.RuleSet);
/// Scorecard card = evaluator.Evaluate(facts);
/// Console.WriteLine($"{card.Total} {card.Grade}");
/// </code>
/// </example>
public sealed class ScorecardEvaluator
{
    private readonly ISessionFactory _factory;
    private readonly ScoringEnvironment _environment;
    private readonly SessionOptions _sessionOptions;
    private readonly IndicatorGroup[] _groups;

    /// <summary>Compiles a rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <exception cref="RuleDefinitionException">A rule of the set cannot be compiled.</exception>
    public ScorecardEvaluator(RuleSet ruleSet, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        options ??= new EvaluationOptions();
        ArgumentNullException.ThrowIfNull(options.Calendar, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.FiringLimit, nameof(options));
        RuleSet = ruleSet;
        _environment = new ScoringEnvironment(
            ruleSet.Id, ruleSet.MaximumScore, ruleSet.Grades, ruleSet.Adjustments, ruleSet.ConvertOverApplicablePoints, options.Calendar);
        _sessionOptions = new SessionOptions { FiringLimit = options.FiringLimit };
        _groups = [.. ruleSet.Indicators.All.Where(d => ruleSet.Indicators.Children(d.Code).Count > 0).Select(d => new IndicatorGroup(d))];
        _factory = new RuleRepository()
            .Add([.. ruleSet.IndicatorRules])
            .Add([.. ruleSet.OtherRules])
            .Add(new GroupScoreRule(), new TotalScoreRule(), new UnknownIndicatorCodeRule(ruleSet.Indicators), new SelfScoreComparisonRule(), new SelfScoreAboveWeightRule(ruleSet.Indicators))
            .Compile();
    }

    /// <summary>The rule set this evaluator scores with.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Scores one department from its facts. The order of the facts never changes the scorecard.</summary>
    /// <param name="facts">The facts (records from <c>PerfRules.Facts</c>, or a rule set's own fact types).</param>
    /// <param name="cancellationToken">Cancels the evaluation between rule firings.</param>
    /// <returns>The scorecard; bad or missing input shows in its <see cref="Scorecard.Problems"/>, never as silent points.</returns>
    /// <exception cref="ArgumentException">A fact is null or given twice.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Scorecard Evaluate(IEnumerable<object> facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var session = CreateSession(facts);
        session.Fire(cancellationToken);
        return ScorecardAssembler.Assemble(RuleSet, session);
    }

    /// <summary>
    /// Scores many departments in parallel, on all cores by default. Results come back in the order the departments were
    /// given, whatever order they finish in; each is exactly what <see cref="Evaluate"/> returns for that department.
    /// </summary>
    /// <param name="departments">Each department's facts.</param>
    /// <param name="options">Parallelism and progress reporting; defaults when null.</param>
    /// <param name="cancellationToken">Stops the batch; departments already scored are discarded.</param>
    /// <returns>One scorecard per department, in order.</returns>
    /// <exception cref="ArgumentException">A department's facts contain a null or a duplicate.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IReadOnlyList<Scorecard> EvaluateBatch(
        IReadOnlyList<IEnumerable<object>> departments,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departments);
        options ??= new BatchOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDegreeOfParallelism, nameof(options));
        if (departments.Count == 0)
        {
            return [];
        }

        var results = new Scorecard[departments.Count];
        var completed = 0;
        var reportEvery = Math.Max(1, departments.Count / 100);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Partitioning by ranges keeps each worker on a run of departments, so the per-item overhead stays small.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, departments.Count, Math.Max(1, Math.Min(256, departments.Count / (4 * options.MaxDegreeOfParallelism)))), parallel, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = Evaluate(departments[i], cancellationToken);
                var done = Interlocked.Increment(ref completed);
                if (options.Progress is { } progress && (done % reportEvery == 0 || done == departments.Count))
                {
                    progress.Report(new BatchProgress(done, departments.Count));
                }
            }
        });

        return results;
    }

    /// <summary>
    /// Scores one department and keeps the evaluation live, for what-if questions: change a fact and see what changes.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The live session; its <see cref="EvaluationSession.Scorecard"/> is what <see cref="Evaluate"/> would return.</returns>
    /// <exception cref="ArgumentException">A fact is null or given twice.</exception>
    public EvaluationSession OpenSession(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new EvaluationSession(RuleSet, CreateSession(facts));
    }

    /// <summary>
    /// Creates an engine session holding the environment, the group indicators and the facts, not yet fired. The rules
    /// that need an indicator's definition look it up in the rule set's tree, so the tree itself is not inserted.
    /// </summary>
    private ISession CreateSession(IEnumerable<object> facts)
    {
        var session = _factory.CreateSession(_sessionOptions);
        session.Insert(_environment);

        foreach (var group in _groups)
        {
            session.Insert(group);
        }

        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentException("A fact is null.", nameof(facts));
            }

            if (!session.TryInsert(fact))
            {
                throw new ArgumentException($"The fact {fact} is given twice.", nameof(facts));
            }
        }

        return session;
    }
}
