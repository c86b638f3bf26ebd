using PerfRules.Engine.Rete;

namespace PerfRules.Engine.Runtime;

/// <summary>A complete match of a rule: a candidate firing, and the owner of the rule's linked facts for that match.</summary>
internal sealed class Activation(CompiledRule rule, Token token)
{
    public CompiledRule Rule { get; } = rule;

    public Token Token { get; private set; } = token;

    public bool IsLive { get; set; } = true;

    /// <summary>The agenda sequence of its current queue entry; entries with another sequence are stale.</summary>
    public long QueueSequence { get; set; }

    public bool IsQueued { get; set; }

    // The facts this activation's Yields inserted, by yield slot; null until first fired. Most rules yield once, and
    // their one linked fact is kept here as it is; a rule with more keeps an array of them.
    private object? _linkedFacts;

    /// <summary>The linked fact of yield slot <paramref name="slot"/>, or null.</summary>
    public FactHandle? LinkedFact(int slot) =>
        Rule.YieldCount == 1 ? (FactHandle?)_linkedFacts : ((FactHandle?[]?)_linkedFacts)?[slot];

    public void SetLinkedFact(int slot, FactHandle? handle)
    {
        if (Rule.YieldCount == 1)
        {
            _linkedFacts = handle;
        }
        else
        {
            ((FactHandle?[])(_linkedFacts ??= new FactHandle?[Rule.YieldCount]))[slot] = handle;
        }
    }

    /// <summary>Adds the linked facts still in working memory to <paramref name="retractions"/>.</summary>
    public void QueueLiveLinkedFacts(Queue<FactHandle> retractions)
    {
        if (_linkedFacts is FactHandle { IsLive: true } single)
        {
            retractions.Enqueue(single);
        }
        else if (_linkedFacts is FactHandle?[] slots)
        {
            foreach (var handle in slots)
            {
                if (handle is { IsLive: true })
                {
                    retractions.Enqueue(handle);
                }
            }
        }
    }

    public IReadOnlyList<object> Facts() => Token.Facts();

    /// <summary>Lets go of the match and its linked facts, so that an activation kept for reuse keeps nothing alive.</summary>
    public void Release()
    {
        Token = null!;
        _linkedFacts = null;
    }

    /// <summary>
    /// Makes a released activation the rule's activation of another match, as a new one would be. A rule node reuses its
    /// activations once its session is cleared: the agenda is cleared with it, and no context or event keeps one.
    /// </summary>
    public Activation Reuse(Token token)
    {
        Token = token;
        IsLive = true;
        QueueSequence = 0;
        IsQueued = false;
        _linkedFacts = null;
        return this;
    }
}
