using PerfRules.Engine;
using PerfRules.Evaluation.Rules;
using PerfRules.Scorecards;

namespace PerfRules.Evaluation;

/// <summary>
/// Scores departments against one rule set: the rule set is compiled once, here, into a Rete network; each evaluation
/// runs an empty session over the facts given and returns an immutable <see cref="Scorecard"/>.
/// </summary>
/// <remarks>
/// Thread-safe: one evaluator may score many departments on many threads at once. It keeps up to one idle engine session
/// per core and clears and reuses them from one evaluation to the next, so the engine's memories are not allocated
/// afresh for every department; an idle session holds nothing of the department it scored. Within a batch, each thread
/// keeps its session from one department to the next and changes only the facts they do not share (see
/// <see cref="EvaluateBatch"/>); every scorecard is still exactly the one <see cref="Evaluate"/> gives.
/// </remarks>
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
    private readonly SessionPool _sessions;
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
        var groups = new List<IndicatorGroup>();
        foreach (var definition in ruleSet.Indicators.All)
        {
            if (ruleSet.Indicators.Children(definition.Code).Count > 0)
            {
                groups.Add(new IndicatorGroup(definition));
            }
        }

        _groups = [.. groups];
        _factory = new RuleRepository()
            .Add([.. ruleSet.IndicatorRules])
            .Add([.. ruleSet.OtherRules])
            .Add(new GroupScoreRule(), new TotalScoreRule(), new UnknownIndicatorCodeRule(ruleSet.Indicators), new SelfScoreAboveWeightRule(ruleSet.Indicators))
            .Compile();
        _sessions = new SessionPool(_factory, _sessionOptions);
    }

    /// <summary>The rule set this evaluator scores with.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Scores one department from its facts. The order of the facts never changes the scorecard.</summary>
    /// <param name="facts">The facts (records from <c>PerfRules.Facts</c>, or a rule set's own fact types).</param>
    /// <param name="cancellationToken">Cancels the evaluation between rule firings.</param>
    /// <returns>The scorecard; bad or missing input shows in its <see cref="Scorecard.Problems"/>, never as silent points.</returns>
    /// <exception cref="ArgumentException">A fact is null or given twice.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">The rule set is faulty: two of its rules scored the same indicator.</exception>
    public Scorecard Evaluate(IEnumerable<object> facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // A session that throws (bad facts, a cancellation, a rule's error) is not returned: it may have stopped half-way
        // through a change, and a new one costs less than proving it whole.
        var session = _sessions.Rent();
        Fill(session, facts);
        session.Fire(cancellationToken);
        var scorecard = ScorecardAssembler.Assemble(RuleSet, session);
        _sessions.Return(session);
        return scorecard;
    }

    /// <summary>
    /// Scores many departments in parallel, on all cores by default. Results come back in the order the departments were
    /// given, whatever order they finish in; each is exactly what <see cref="Evaluate"/> returns for that department.
    /// </summary>
    /// <remarks>
    /// <para>Each thread scores its share of the departments one after another in one engine session, changing only the
    /// facts a department does not share with the one before it (the same instance at the same position in the list):
    /// only the indicators those facts reach are scored again. Departments made from a template, or that share instances
    /// for what they have in common, cost a fraction of a full evaluation each; departments with nothing in common cost
    /// what <see cref="Evaluate"/> costs. The scorecards are the same either way.</para>
    /// <para>Every core allocates at once in a batch, so the host's garbage collector sets much of its speed: a host that
    /// scores batches should run with the server collector
    /// (<c>&lt;ServerGarbageCollection&gt;true&lt;/ServerGarbageCollection&gt;</c> in its project). A batch holds every
    /// scorecard until it returns, which costs the collector too: on two cores, with the server collector, a batch of
    /// 100,000 template-made departments scored 23,100 a second (14,900 with the default collector).
    /// <see cref="EvaluateStream"/> holds only a few windows of scorecards: 50,400 a second with the server collector,
    /// 60,300 with the default one.</para>
    /// <para>Notes are composed when first read (see <see cref="PerfRules.Results.LocalizedText"/>), on the thread that
    /// reads them: a host that reads every note of every scorecard on one thread should set
    /// <see cref="BatchOptions.ComposeNotes"/>, which composes them on the scoring threads (a stream whose consumer read
    /// every note scored 47,800 to 49,300 a second with it; without it, a round earlier, about a quarter fewer).</para>
    /// </remarks>
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
        var scorer = new BatchScorer(this, options ?? new BatchOptions(), departments.Count);
        if (departments.Count == 0)
        {
            return [];
        }

        var results = new Scorecard[departments.Count];
        try
        {
            scorer.Score(departments, results, cancellationToken);
        }
        finally
        {
            scorer.Finish();
        }

        return results;
    }

    /// <summary>
    /// Scores a stream of departments in parallel, on all cores by default, yielding each scorecard in the order the
    /// departments came, as soon as it and those before it are scored. Unlike <see cref="EvaluateBatch"/>, it holds only
    /// a few dozen departments and their scorecards at a time, however long the stream: read departments from files
    /// or a database and write each scorecard out as it comes.
    /// </summary>
    /// <remarks>
    /// The stream is read on the enumerating thread, a window of departments at a time (8 per thread); while the caller
    /// consumes one window's scorecards, the next window is being scored. Stopping the enumeration early (a
    /// <see langword="break"/>, an exception) cancels the window being scored. Progress reports count departments
    /// scored; their <see cref="BatchProgress.Total"/> is the stream's length when it is a collection, 0 when not known.
    /// The server garbage collector helps a batch, not a stream (on two cores 50,400 departments a second with it, 60,300
    /// with .NET's default collector, in one run), as a stream's scorecards die young. Like <see cref="EvaluateBatch"/>, each
    /// thread changes only the facts a department does not share with the one it scored before.
    /// </remarks>
    /// <param name="departments">Each department's facts; read once, lazily, on the enumerating thread.</param>
    /// <param name="options">Parallelism and progress reporting; defaults when null.</param>
    /// <param name="cancellationToken">Stops the stream; the enumeration throws.</param>
    /// <returns>One scorecard per department, in order, each exactly what <see cref="Evaluate"/> returns for it.</returns>
    /// <exception cref="ArgumentException">A department's facts contain a null or a duplicate (thrown when its window is reached).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<Scorecard> EvaluateStream(
        IEnumerable<IEnumerable<object>> departments,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var scorer = new BatchScorer(this, options ?? new BatchOptions(), departments.TryGetNonEnumeratedCount(out var count) ? count : 0);
        return Stream(departments, scorer, cancellationToken);
    }

    /// <summary>The iterator of <see cref="EvaluateStream"/>, apart so that its arguments are checked at the call.</summary>
    private static IEnumerable<Scorecard> Stream(IEnumerable<IEnumerable<object>> departments, BatchScorer scorer, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var source = departments.GetEnumerator();
        var window = scorer.Window;
        var (pending, pendingResults) = Next(source, window, scorer, stop.Token);
        try
        {
            while (pending is not null)
            {
                // Read and start the next window before waiting for this one, so the threads never wait on the reader.
                var (next, nextResults) = Next(source, window, scorer, stop.Token);
                var scoring = pending;
                (pending, pendingResults, var results) = (next, nextResults, pendingResults);
                scoring.GetAwaiter().GetResult();
                foreach (var card in results)
                {
                    yield return card;
                }
            }

            scorer.ReportEnd();
        }
        finally
        {
            FinishStream(pending, stop, scorer);
        }
    }

    /// <summary>
    /// Ends a stream however it stopped: a window still being scored (the caller stopped early or a window failed) is
    /// cancelled and waited for, so no scoring outlives the enumeration, and the scorer's sessions go back to the pool.
    /// </summary>
    private static void FinishStream(Task? pending, CancellationTokenSource stop, BatchScorer scorer)
    {
        try
        {
            if (pending is not null)
            {
                stop.Cancel();
                pending.GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ArgumentException)
        {
        }
        finally
        {
            scorer.Finish();
        }
    }

    /// <summary>Reads up to <paramref name="window"/> departments and starts scoring them; null when the stream has ended.</summary>
    private static (Task? Scoring, Scorecard[] Results) Next(IEnumerator<IEnumerable<object>> source, int window, BatchScorer scorer, CancellationToken cancellationToken)
    {
        var departments = new List<IEnumerable<object>>(window);
        while (departments.Count < window && source.MoveNext())
        {
            departments.Add(source.Current ?? throw new ArgumentException("A department's facts are null.", "departments"));
        }

        if (departments.Count == 0)
        {
            return (null, []);
        }

        var results = new Scorecard[departments.Count];
        return (Task.Run(() => scorer.Score(departments, results, cancellationToken), cancellationToken), results);
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
        // A session of its own, never a pooled one: it lives on in the caller's hands.
        var session = _factory.CreateSession(_sessionOptions);
        Fill(session, facts);
        return new EvaluationSession(RuleSet, session);
    }

    /// <summary>
    /// Inserts into an empty session the environment, the group indicators and the facts, not yet fired. The rules that
    /// need an indicator's definition look it up in the rule set's tree, so the tree itself is not inserted.
    /// </summary>
    internal void Fill(ISession session, IEnumerable<object> facts)
    {
        session.Insert(_environment);

        foreach (var group in _groups)
        {
            session.Insert(group);
        }

        foreach (var fact in facts)
        {
            Insert(session, fact ?? throw new ArgumentException("A fact is null.", nameof(facts)));
        }
    }

    /// <summary>Inserts one of a department's facts, refusing a fact given twice.</summary>
    internal static void Insert(ISession session, object fact)
    {
        if (!session.TryInsert(fact))
        {
            throw new ArgumentException($"The fact {fact} is given twice.", "facts");
        }
    }

    /// <summary>An empty session from the pool, for a batch's <see cref="IncrementalRun"/>.</summary>
    internal ISession RentSession() => _sessions.Rent();

    /// <summary>Takes back a session whose last department completed.</summary>
    internal void ReturnSession(ISession session) => _sessions.Return(session);

    /// <summary>A run through departments scored one after another, for a batch's worker.</summary>
    internal IncrementalRun StartRun() => new(this);
}
