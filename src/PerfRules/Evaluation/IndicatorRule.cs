using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>
/// The base class of a leaf indicator's rule: a production rule that matches the facts the indicator is scored from and
/// yields exactly one <see cref="IndicatorResult"/> for it (a linked fact: the engine keeps it current as facts change).
/// </summary>
/// <remarks>
/// <para>A subclass states its indicator (code, name, weight, criteria: one row of the scoring table) in
/// <see cref="Indicator"/> and its logic in <see cref="Rule.Define"/>, typically
/// <c>When().Match(() =&gt; environment).Collect(() =&gt; facts); Then().Yield(_ =&gt; Score(facts));</c>. Collecting rather
/// than matching the facts lets the rule say "missing data" when there are none and "two facts where one is expected"
/// when there are several, instead of silently not firing.</para>
/// <para>The helpers turn bad input into an <see cref="IndicatorOutcome.Error"/> or <see cref="IndicatorOutcome.MissingData"/>
/// result that names the fact, the field and the indicator; an indicator is never silently scored.</para>
/// </remarks>
public abstract class IndicatorRule : Rule
{
    /// <summary>The indicator this rule scores: a leaf of the rule set's indicator tree.</summary>
    public abstract IndicatorDefinition Indicator { get; }

    // The name is composed once: every deduction a rule makes names its rule, on every evaluation, and an indicator's
    // code and name never change.
    private string? _name;

    /// <summary>The rule's name: the indicator's code and Chinese name, as the scoring table shows them (e.g. "2.1.2 支出完成率").</summary>
    public override string Name => _name ??= $"{Indicator.Code} {Indicator.Name.Chinese}";

    /// <summary>The indicator's criteria text (评分标准).</summary>
    public override string Description => Indicator.Criteria?.Chinese ?? string.Empty;

    /// <summary>The indicator's code, for brevity in subclasses.</summary>
    protected string Code => Indicator.Code;

    /// <summary>The indicator's table weight (权重).</summary>
    protected decimal Weight => Indicator.Weight;

    /// <summary>The weight after reallocation: the table weight plus the points moved to this indicator, less the points moved away.</summary>
    /// <param name="transfers">The weight transfers in working memory (only those naming this indicator count).</param>
    /// <returns>The effective weight.</returns>
    protected decimal EffectiveWeight(IEnumerable<WeightTransfer> transfers)
    {
        ArgumentNullException.ThrowIfNull(transfers);
        var received = 0m;
        var given = 0m;

        // The engine's collections are lists: walked by index, they need no enumerator on every evaluation.
        if (transfers is IReadOnlyList<WeightTransfer> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Add(list[i], ref received, ref given);
            }

            return Weight + received - given;
        }

        foreach (var transfer in transfers)
        {
            Add(transfer, ref received, ref given);
        }

        return Weight + received - given;
    }

    // One transfer's part of the effective weight: points it moves here, or points it moves away.
    private void Add(WeightTransfer transfer, ref decimal received, ref decimal given)
    {
        if (transfer.To == Code)
        {
            received += transfer.Points;
        }

        if (transfer.From == Code)
        {
            given += transfer.Points;
        }
    }

    /// <summary>A scored result for this indicator.</summary>
    /// <param name="score">The score; rounded half away from zero to 2 places.</param>
    /// <param name="note">The scoring note (评分说明), as the report would write it.</param>
    /// <param name="metric">The metric with its formula and inputs, if the indicator computes one.</param>
    /// <param name="hit">The band or step hit, in words.</param>
    /// <param name="deductions">Every deduction, with its reason, inputs and evidence.</param>
    /// <param name="effectiveWeight">The weight after reallocation; the table weight when null.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult Scored(
        decimal score,
        LocalizedText note,
        MetricValue? metric = null,
        LocalizedText? hit = null,
        IEnumerable<Deduction>? deductions = null,
        decimal? effectiveWeight = null) =>
        IndicatorResult.Scored(Code, Weight, effectiveWeight ?? Weight, score, note, metric, hit, deductions);

    /// <summary>A result saying this indicator does not apply (its points go elsewhere or out of the total).</summary>
    /// <param name="note">Why it does not apply.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult NotApplicable(LocalizedText note) => IndicatorResult.NotApplicable(Code, Weight, note);

    /// <summary>
    /// Scores from exactly one fact of type <typeparamref name="T"/>: none gives missing data, several give an error,
    /// a fact whose <see cref="IFact.Validate"/> finds problems gives an error listing them; otherwise
    /// <paramref name="score"/> runs, and a building block's complaint (a value in no band, a zero denominator, a date
    /// before its approval) becomes an error result too.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="facts">The facts collected by the rule.</param>
    /// <param name="score">Scores the single fact.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult FromSingle<T>(IReadOnlyList<T> facts, Func<T, IndicatorResult> score)
        where T : IFact
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(score);
        return FromSingle(facts, score, static (fact, score) => score(fact));
    }

    /// <summary>
    /// <see cref="FromSingle{T}"/> with the other inputs the scoring needs passed as <paramref name="state"/> to a static
    /// function. A lambda that captures them allocates a closure and a delegate on every firing; the built-in rules pass
    /// a tuple instead.
    /// </summary>
    internal IndicatorResult FromSingle<T, TState>(IReadOnlyList<T> facts, TState state, Func<T, TState, IndicatorResult> score)
        where T : IFact
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(score);
        if (Single(facts) is { } problem)
        {
            return problem;
        }

        try
        {
            return score(facts[0], state);
        }
        catch (Exception exception) when (IsComplaint(exception))
        {
            return Complaint(exception, typeof(T).Name);
        }
    }

    /// <summary>Like <see cref="FromSingle{T}"/>, for an indicator scored from one fact of each of two types.</summary>
    /// <typeparam name="T1">The first fact type.</typeparam>
    /// <typeparam name="T2">The second fact type.</typeparam>
    /// <param name="first">The facts of the first type.</param>
    /// <param name="second">The facts of the second type.</param>
    /// <param name="score">Scores the two facts.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult FromSingle<T1, T2>(IReadOnlyList<T1> first, IReadOnlyList<T2> second, Func<T1, T2, IndicatorResult> score)
        where T1 : IFact
        where T2 : IFact
    {
        ArgumentNullException.ThrowIfNull(score);
        return FromSingle(first, second, score, static (one, two, score) => score(one, two));
    }

    /// <summary><see cref="FromSingle{T1, T2}(IReadOnlyList{T1}, IReadOnlyList{T2}, Func{T1, T2, IndicatorResult})"/> with the other inputs passed as <paramref name="state"/>, as <see cref="FromSingle{T, TState}(IReadOnlyList{T}, TState, Func{T, TState, IndicatorResult})"/> takes them.</summary>
    internal IndicatorResult FromSingle<T1, T2, TState>(IReadOnlyList<T1> first, IReadOnlyList<T2> second, TState state, Func<T1, T2, TState, IndicatorResult> score)
        where T1 : IFact
        where T2 : IFact
    {
        ArgumentNullException.ThrowIfNull(score);
        if (Single(first) is { } problem)
        {
            return problem;
        }

        if (Single(second) is { } other)
        {
            return other;
        }

        try
        {
            return score(first[0], second[0], state);
        }
        catch (Exception exception) when (IsComplaint(exception))
        {
            return Complaint(exception, $"{typeof(T1).Name}, {typeof(T2).Name}");
        }
    }

    /// <summary>
    /// Scores from any number of facts (none is a legitimate answer, such as "no findings"): facts whose
    /// <see cref="IFact.Validate"/> finds problems give an error; a building block's complaint becomes an error.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="facts">The facts collected by the rule.</param>
    /// <param name="score">Scores them.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult FromAll<T>(IReadOnlyList<T> facts, Func<IReadOnlyList<T>, IndicatorResult> score)
        where T : IFact
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(score);
        List<FactProblem>? problems = null;
        for (var i = 0; i < facts.Count; i++)
        {
            var found = facts[i].Validate();
            if (found.Count > 0)
            {
                (problems ??= []).AddRange(found);
            }
        }

        if (problems is not null)
        {
            return Invalid(problems);
        }

        try
        {
            return score(facts);
        }
        catch (Exception exception) when (IsComplaint(exception))
        {
            return Complaint(exception, typeof(T).Name);
        }
    }

    /// <summary>Runs scoring code and turns a building block's complaint about its input into an error result.</summary>
    /// <param name="score">The scoring code.</param>
    /// <param name="factTypes">The fact types the input came from, for the message.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult Guarded(Func<IndicatorResult> score, string factTypes)
    {
        ArgumentNullException.ThrowIfNull(score);
        return Guarded(score, static score => score(), factTypes);
    }

    /// <summary><see cref="Guarded(Func{IndicatorResult}, string)"/> with the scoring's inputs passed as <paramref name="state"/>, as <see cref="FromSingle{T, TState}(IReadOnlyList{T}, TState, Func{T, TState, IndicatorResult})"/> takes them.</summary>
    internal IndicatorResult Guarded<TState>(TState state, Func<TState, IndicatorResult> score, string factTypes)
    {
        ArgumentNullException.ThrowIfNull(score);
        try
        {
            return score(state);
        }
        catch (Exception exception) when (IsComplaint(exception))
        {
            return Complaint(exception, factTypes);
        }
    }

    /// <summary>An error result listing the problems found in the input.</summary>
    /// <param name="problems">The problems; each is tagged with this indicator's code.</param>
    /// <returns>The result.</returns>
    protected IndicatorResult Invalid(IEnumerable<FactProblem> problems) =>
        IndicatorResult.Error(Code, Weight, new LocalizedText("输入数据有误，未计分", "Invalid input: not scored"), problems);

    // The helpers call the scoring code directly rather than through Guarded: a lambda capturing the facts, and the
    // fact types' names, would be allocated for every indicator of every evaluation, and are only needed on an error.
    private static bool IsComplaint(Exception exception) =>
        exception is MetricOutsideBandsException or ZeroDenominatorException or DateBeforeApprovalException or UnknownEquivalentLabelException;

    private IndicatorResult Complaint(Exception exception, string factTypes) =>
        Invalid([new FactProblem(factTypes, "*", new LocalizedText(
            $"{Indicator.Name.Chinese}无法计分：{exception.Message}",
            $"{Indicator.Name.Get(Language.English)} cannot be scored: {exception.Message}"))]);

    private IndicatorResult? Single<T>(IReadOnlyList<T> facts)
        where T : IFact
    {
        // The type's name is looked up only for a problem: a rule fires on every evaluation, and its facts are usually right.
        if (facts.Count == 0)
        {
            var type = typeof(T).Name;
            return IndicatorResult.MissingData(Code, Weight, new LocalizedText("缺少计分所需数据，未计分", "Required data missing: not scored"),
                new FactProblem(type, "*", new LocalizedText($"缺少{type}事实", $"No {type} fact was given")));
        }

        if (facts.Count > 1)
        {
            var type = typeof(T).Name;
            return Invalid([new FactProblem(type, "*", new LocalizedText(
                $"应有一个{type}事实，实际有{facts.Count}个", $"Expected one {type} fact, got {facts.Count}"))]);
        }

        var problems = facts[0].Validate();
        return problems.Count > 0 ? Invalid(problems) : null;
    }
}
