namespace PerfRules.Engine;

/// <summary>
/// What an action sees while its rule fires: the rule, the facts of the match, and the session's working memory.
/// Changes made through it propagate at once, so later activations see them (forward chaining).
/// </summary>
/// <remarks>Valid only during the action it was passed to: the session reuses the same object for its later firings, so a
/// context kept past its action would describe another firing. Not thread-safe, like the session it belongs to.</remarks>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>The facts of the match, in pattern order (a collect contributes its list, a group-by its group).</summary>
    IReadOnlyList<object> Facts { get; }

    /// <summary>The token that cancels the current <see cref="ISession.Fire(CancellationToken)"/>, or <see cref="CancellationToken.None"/>.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Inserts a new fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts a fact unless it is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Tells the engine a fact changed, or replaces it with a new instance of the same identity.</summary>
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
}
