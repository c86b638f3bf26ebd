namespace PerfRules.Engine;

/// <summary>
/// A rules session: one working memory of facts over the shared compiled network, and the agenda of rules ready to fire.
/// </summary>
/// <remarks>
/// <para>Not thread-safe: use a session from one thread at a time. Create as many sessions as you like, on as many
/// threads, from one <see cref="ISessionFactory"/>.</para>
/// <para>Inserting, updating and retracting facts propagates through the network at once and only as far as the
/// change reaches; rules fire only in <see cref="Fire()"/>. Facts are identified by reference unless they implement
/// <see cref="IIdentifiableFact"/>.</para>
/// <para>Errors: a condition that throws raises <see cref="ConditionFailed"/> and, unless handled there, throws a
/// <see cref="RuleConditionException"/> out of the call that evaluated it; an action that throws raises
/// <see cref="ActionFailed"/> and, unless handled there, throws a <see cref="RuleActionException"/> out of
/// <see cref="Fire()"/>.</para>
/// </remarks>
public interface ISession
{
    /// <summary>Raised after a fact is inserted, by the host or by a rule.</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>Raised after a fact is updated, by the host or by a rule.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>Raised after a fact is retracted, by the host, by a rule or by truth maintenance.</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>Raised when a match of a rule appears and joins the agenda.</summary>
    event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>Raised when a fact of a match changes and the match is due to fire again.</summary>
    event EventHandler<ActivationEventArgs>? ActivationUpdated;

    /// <summary>Raised when a match of a rule disappears.</summary>
    event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <summary>Raised before a rule's actions run.</summary>
    event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <summary>Raised after a rule's actions ran.</summary>
    event EventHandler<ActivationEventArgs>? RuleFired;

    /// <summary>Raised when a condition throws. Set <see cref="ErrorEventArgs.IsHandled"/> to treat the condition as false and go on.</summary>
    event EventHandler<ConditionErrorEventArgs>? ConditionFailed;

    /// <summary>Raised when an action throws. Set <see cref="ErrorEventArgs.IsHandled"/> to skip the rest of that firing and go on.</summary>
    event EventHandler<ActionErrorEventArgs>? ActionFailed;

    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    /// <exception cref="ArgumentException">The fact is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts, in order.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is already in working memory; the facts before it were inserted.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless it is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Tells the engine a fact changed, or replaces it with a new instance of the same identity (see <see cref="IIdentifiableFact"/>).</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Update(object fact);

    /// <summary>Updates a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Retract(object fact);

    /// <summary>Retracts a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>
    /// Fires rules until the agenda is empty: highest priority first, then in activation order.
    /// </summary>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="RuleFiringLimitException">More rules fired than <see cref="SessionOptions.FiringLimit"/> allows.</exception>
    /// <exception cref="RuleActionException">An action threw and no <see cref="ActionFailed"/> handler handled it.</exception>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesToFire"/> rules; the rest stay on the agenda.</summary>
    /// <param name="maxRulesToFire">The most rules to fire; must be positive.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRulesToFire);

    /// <summary>Fires rules until the agenda is empty, checking the token between firings.</summary>
    /// <param name="cancellationToken">Cancels firing; rules already fired stay fired.</param>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    int Fire(CancellationToken cancellationToken);

    /// <summary>
    /// Empties the session for another case: working memory, every node memory, the agenda and the statistics, so that
    /// it then behaves exactly as a new session of the same factory (the same facts fire the same rules in the same
    /// order, with the same results), while keeping the capacity its collections grew to. Reusing one session for a
    /// stream of similar cases saves allocating them afresh each time.
    /// </summary>
    /// <remarks>
    /// <para>A reset, not a retraction: no <see cref="FactRetracted"/> or <see cref="ActivationDeleted"/> is raised and
    /// no truth maintenance runs; the facts and activations are simply forgotten. Event handlers stay subscribed, and
    /// the matches of rules that need no fact are created again (raising <see cref="ActivationCreated"/>), as a new
    /// session creates them.</para>
    /// <para>Nothing read from the session before (<see cref="Query{T}"/> snapshots, the facts themselves, what actions
    /// received) is changed by clearing it.</para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">Called from an action or an event handler while the session fires
    /// rules or propagates a change.</exception>
    void Clear();

    /// <summary>The facts of type <typeparamref name="T"/> (including derived types) in working memory, in insertion order.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>A snapshot of the facts.</returns>
    IReadOnlyList<T> Query<T>();

    /// <summary>The number of activations waiting on the agenda.</summary>
    int PendingActivationCount { get; }
}
