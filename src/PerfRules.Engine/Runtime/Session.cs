using System.Runtime.InteropServices;
using PerfRules.Engine.Rete;

namespace PerfRules.Engine.Runtime;

/// <summary>
/// A session: working memory, the node memories of the shared network, and the agenda. See <see cref="ISession"/>.
/// </summary>
/// <remarks>
/// Every operation propagates through the network at once. Linked facts whose activation disappeared are retracted after
/// the operation that removed it has finished propagating, never in the middle of one, so no node sees its own memory
/// change while it iterates it.
/// </remarks>
internal sealed class Session : ISession
{
    private readonly ReteNetwork _network;
    private readonly SessionOptions _options;
    private readonly object?[] _memories;
    private readonly Dictionary<object, FactHandle> _facts;
    private readonly Queue<FactHandle> _pendingRetractions = new();
    private readonly Token _root = Token.CreateRoot();

    // The facts of each exact runtime type, by the network's slot for the type (see FactType.Slot), for Query.
    private FactsOfType?[] _factsByType = [];

    // The handles of the facts the session held when it was last cleared, for the facts of its next case: a pooled
    // session scores one department after another, each with about as many facts.
    private readonly Stack<FactHandle> _spareHandles = new();

    // The context the next firing uses; taken (null) while a firing runs, so a nested firing makes its own.
    private ActionContext? _idleContext;

    // An arguments array per length, for the next firing of a rule whose actions never keep theirs
    // (CompiledRule.ReusesArguments); taken while a firing runs, as the context is.
    private readonly object?[]?[] _idleArguments;

    // The firings per rule of a Fire call, for the firing-limit error, kept for the next call; taken while a call runs,
    // so a Fire nested in an action counts its own.
    private int[]? _idleFirings;
    private long _sequence;
    private bool _flushing;
    private bool _sizesRecorded;

    // Fire and propagation calls in progress (they nest: an action inserts, a handler fires); Clear refuses to run inside one.
    private int _busy;

    public Session(ReteNetwork network, SessionOptions options)
    {
        _network = network;
        _options = options;
        _memories = new object?[network.NodeCount];
        _facts = new Dictionary<object, FactHandle>(network.FactCount.Value, FactIdentity.Comparer);
        Agenda = new Agenda(network.ActivationCount.Value);
        _idleArguments = new object?[]?[network.MaxElementCount + 1];
        AssertRoot();
    }

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    public event EventHandler<ActivationEventArgs>? ActivationUpdated;

    public event EventHandler<ActivationEventArgs>? ActivationDeleted;

    public event EventHandler<ActivationEventArgs>? RuleFiring;

    public event EventHandler<ActivationEventArgs>? RuleFired;

    public event EventHandler<ConditionErrorEventArgs>? ConditionFailed;

    public event EventHandler<ActionErrorEventArgs>? ActionFailed;

    public Agenda Agenda { get; }

    public SessionStatistics Statistics { get; } = new();

    public int PendingActivationCount => Agenda.Count;

    public T Memory<T>(int id)
        where T : class, INodeMemory<T> => (T)(_memories[id] ??= T.Create(_network.MemorySize(id)));

    public void Insert(object fact)
    {
        if (!TryInsert(fact))
        {
            throw new ArgumentException($"Fact {fact} is already in working memory; use Update to change it.", nameof(fact));
        }
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public bool TryInsert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var key = FactIdentity.KeyOf(fact);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, key, out var exists);
        if (exists)
        {
            return false;
        }

        var handle = NewHandle(fact, ++_sequence, key);
        slot = handle;
        Propagate(Change.Assert, handle);
        FactInserted?.Invoke(this, new FactEventArgs(fact));
        return true;
    }

    public void Update(object fact)
    {
        if (!TryUpdate(fact))
        {
            throw new ArgumentException($"Fact {fact} is not in working memory; insert it first.", nameof(fact));
        }
    }

    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.TryGetValue(FactIdentity.KeyOf(fact), out var handle))
        {
            return false;
        }

        handle.Fact = fact;
        Propagate(Change.Modify, handle);
        FactUpdated?.Invoke(this, new FactEventArgs(fact));
        return true;
    }

    public void Retract(object fact)
    {
        if (!TryRetract(fact))
        {
            throw new ArgumentException($"Fact {fact} is not in working memory.", nameof(fact));
        }
    }

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.TryGetValue(FactIdentity.KeyOf(fact), out var handle))
        {
            return false;
        }

        Propagate(Change.Retract, handle);
        return true;
    }

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(int maxRulesToFire)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRulesToFire);
        return Fire(maxRulesToFire, CancellationToken.None);
    }

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public void Clear()
    {
        if (_busy > 0)
        {
            throw new InvalidOperationException("A session cannot be cleared while it fires rules or propagates a change.");
        }

        // A reset, not a retraction: no node is told anything, no event is raised and no linked fact is chased, so the
        // cost is that of emptying the collections, and each keeps its capacity for the next case. The memories keep the
        // engine objects they held for the next case, and the session its fact handles: no memory, agenda entry or
        // activation can reach them any more, and nothing outside the session ever sees them.
        foreach (var handle in _facts.Values)
        {
            _spareHandles.Push(handle.Release());
        }

        _facts.Clear();
        foreach (var facts in _factsByType)
        {
            facts?.Clear();
        }

        _pendingRetractions.Clear();
        foreach (var memory in _memories)
        {
            ((INodeMemory?)memory)?.Clear();
        }

        Agenda.Clear();
        Statistics.Reset();
        _sequence = 0;
        AssertRoot();
    }

    public IReadOnlyList<T> Query<T>()
    {
        // Facts are most often records of sealed types, and every fact of a sealed type has exactly that type: the
        // session keeps those in insertion order already. The evaluator queries several types after every case.
        if (typeof(T).IsSealed)
        {
            var slot = _network.FactTypeOf(typeof(T)).Slot;
            return slot < _factsByType.Length && _factsByType[slot] is { } ofType ? ofType.Facts<T>() : [];
        }

        return Scan<T>();
    }

    private T[] Scan<T>()
    {
        // A cast to T in this shared generic code calls the runtime's general cast helper on every fact; one pass finds
        // the facts into a scratch buffer, which the thread keeps for its next query.
        var found = QueryScratch.Rent(_facts.Count);
        var count = 0;
        var inOrder = true;
        var previous = 0L;
        foreach (var handle in _facts.Values)
        {
            if (handle.Fact is T)
            {
                inOrder &= previous < handle.Sequence;
                previous = handle.Sequence;
                found[count++] = handle;
            }
        }

        if (count == 0)
        {
            return [];
        }

        // Working memory enumerates in insertion order until a removal frees a slot; only then is there anything to sort.
        if (!inOrder)
        {
            Array.Sort(found, 0, count, FactHandle.BySequence);
        }

        var facts = new T[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = (T)found[i].Fact;
            found[i] = null!;
        }

        return facts;
    }

    /// <summary>Every activation that currently matches, fired or not, in rule order.</summary>
    public IEnumerable<Activation> LiveActivations() => _network.RuleNodes.SelectMany(n => n.Activations(this));

    public bool HandleConditionError(RuleConditionException error)
    {
        var handler = ConditionFailed;
        if (handler is null)
        {
            return false;
        }

        var args = new ConditionErrorEventArgs(error);
        handler(this, args);
        return args.IsHandled;
    }

    public void OnActivationCreated(Activation activation) => Raise(ActivationCreated, activation);

    public void OnActivationUpdated(Activation activation) => Raise(ActivationUpdated, activation);

    public void OnActivationDeleted(Activation activation) => Raise(ActivationDeleted, activation);

    /// <summary>Schedules the retraction of an activation's linked facts: its match is gone (truth maintenance).</summary>
    public void RetractLinkedFacts(Activation activation) => activation.QueueLiveLinkedFacts(_pendingRetractions);

    private int Fire(int maxRulesToFire, CancellationToken cancellationToken)
    {
        _busy++;
        try
        {
            return FireRules(maxRulesToFire, cancellationToken);
        }
        finally
        {
            _busy--;
        }
    }

    private int FireRules(int maxRulesToFire, CancellationToken cancellationToken)
    {
        var fired = 0;
        var firings = _idleFirings ?? new int[_network.RuleNodes.Length];
        _idleFirings = null;
        while (fired < maxRulesToFire)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fired == _options.FiringLimit && Agenda.Count > 0)
            {
                throw new RuleFiringLimitException(_options.FiringLimit, _network.RuleNodes
                    .Select(n => new KeyValuePair<string, int>(n.Rule.Name, firings[n.Rule.Index]))
                    .Where(p => p.Value > 0)
                    .OrderByDescending(p => p.Value)
                    .ToArray());
            }

            if (!Agenda.TryPop(out var activation))
            {
                break;
            }

            fired++;
            firings[activation.Rule.Index]++;

            Execute(activation, cancellationToken);
        }

        // A session's first firing sees its case through (or most of it): the next session of this factory likely holds
        // as much. Later firings (what-if changes to a live session) are not worth a pass over every memory each time.
        if (fired > 0 && !_sizesRecorded)
        {
            _sizesRecorded = true;
            _network.FactCount.Record(_facts.Count);
            _network.ActivationCount.Record(Agenda.PeakQueueLength);
            for (var id = 0; id < _memories.Length; id++)
            {
                if (_memories[id] is INodeMemory memory)
                {
                    _network.RecordMemorySize(id, memory.Size);
                }
            }
        }

        Array.Clear(firings);
        _idleFirings = firings;
        return fired;
    }

    private void Execute(Activation activation, CancellationToken cancellationToken)
    {
        var rule = activation.Rule;
        var arguments = TakeArguments(rule);
        activation.Token.CopyArgumentsTo(arguments);
        var context = _idleContext ?? new ActionContext(this);
        _idleContext = null;
        context.Begin(activation, cancellationToken);
        Raise(RuleFiring, activation);
        foreach (var action in rule.Actions)
        {
            if (!activation.IsLive)
            {
                // An earlier action removed the match (retracted one of its facts): the rest of the firing belongs to a
                // match that no longer exists, and a linked fact yielded now would outlive it.
                break;
            }

            try
            {
                if (action.Run is not null)
                {
                    action.Run(context, arguments);
                }
                else
                {
                    Yield(activation, action, action.Yield!(context, arguments));
                }
            }
            catch (Exception exception) when (exception is not (RuleEvaluationException or RuleFiringLimitException or OperationCanceledException))
            {
                var error = new RuleActionException(rule.Name, action.Text, context.Facts, exception);
                var handler = ActionFailed;
                if (handler is null)
                {
                    throw error;
                }

                var args = new ActionErrorEventArgs(error);
                handler(this, args);
                if (!args.IsHandled)
                {
                    throw error;
                }

                break;
            }
        }

        Raise(RuleFired, activation);

        // Not kept when an error leaves the firing: the next firing simply makes a new one.
        context.End();
        _idleContext = context;
        if (rule.ReusesArguments)
        {
            // Emptied, so that an idle session keeps no fact alive.
            Array.Clear(arguments);
            _idleArguments[arguments.Length] = arguments;
        }
    }

    private object?[] TakeArguments(CompiledRule rule)
    {
        if (!rule.ReusesArguments)
        {
            return new object?[rule.ElementCount];
        }

        var arguments = _idleArguments[rule.ElementCount] ?? new object?[rule.ElementCount];
        _idleArguments[rule.ElementCount] = null;
        return arguments;
    }

    /// <summary>Inserts a linked fact on first firing, or replaces the one this activation yielded before.</summary>
    private void Yield(Activation activation, CompiledAction action, object? fact)
    {
        if (fact is null)
        {
            throw new InvalidOperationException("Yield returned null; a linked fact must be an object.");
        }

        var handle = activation.LinkedFact(action.YieldSlot);
        if (handle is null || !handle.IsLive)
        {
            var key = FactIdentity.KeyOf(fact);
            handle = NewHandle(fact, _sequence + 1, key);
            if (!_facts.TryAdd(key, handle))
            {
                _spareHandles.Push(handle.Release());
                throw new InvalidOperationException($"Yield produced {fact}, which is already in working memory; a linked fact must be new.");
            }

            _sequence++;
            activation.SetLinkedFact(action.YieldSlot, handle);
            Propagate(Change.Assert, handle);
            FactInserted?.Invoke(this, new FactEventArgs(fact));
            return;
        }

        if (ReferenceEquals(handle.Fact, fact))
        {
            Propagate(Change.Modify, handle);
            FactUpdated?.Invoke(this, new FactEventArgs(fact));
            return;
        }

        if (handle.Fact.GetType() != fact.GetType())
        {
            // A new type reaches other type nodes: replace the fact outright.
            Propagate(Change.Retract, handle);
            activation.SetLinkedFact(action.YieldSlot, null);
            Yield(activation, action, fact);
            return;
        }

        var newKey = FactIdentity.KeyOf(fact);
        if (!FactIdentity.Comparer.Equals(newKey, handle.Key))
        {
            if (_facts.ContainsKey(newKey))
            {
                throw new InvalidOperationException($"Yield produced {fact}, whose identity another fact in working memory already has.");
            }

            _facts.Remove(handle.Key!);
            handle.Key = newKey;
            _facts.Add(newKey, handle);
        }

        handle.Fact = fact;
        Propagate(Change.Modify, handle);
        FactUpdated?.Invoke(this, new FactEventArgs(fact));
    }

    private FactHandle NewHandle(object fact, long sequence, object key) =>
        _spareHandles.TryPop(out var handle) ? handle.Reuse(fact, sequence, key) : new FactHandle(fact, sequence, key);

    private void AssertFact(FactHandle handle)
    {
        var type = _network.FactTypeOf(handle.Fact.GetType());
        FactsOf(type).Add(handle);
        foreach (var node in type.Nodes)
        {
            node.Assert(this, handle);
        }
    }

    private void ModifyFact(FactHandle handle)
    {
        foreach (var node in _network.FactTypeOf(handle.Fact.GetType()).Nodes)
        {
            node.Modify(this, handle);
        }
    }

    private void RetractHandle(FactHandle handle)
    {
        _facts.Remove(handle.Key!);
        handle.Key = null;
        var type = _network.FactTypeOf(handle.Fact.GetType());
        FactsOf(type).Removed();
        foreach (var node in type.Nodes)
        {
            node.Retract(this, handle);
        }

        FactRetracted?.Invoke(this, new FactEventArgs(handle.Fact));
    }

    private FactsOfType FactsOf(FactType type)
    {
        if (type.Slot >= _factsByType.Length)
        {
            // Slots are dense and few (one per fact type the network has met), so the table grows to just past them.
            Array.Resize(ref _factsByType, type.Slot + 8);
        }

        return _factsByType[type.Slot] ??= new FactsOfType();
    }

    /// <summary>The empty match the root feeds the beta nodes that hang off it, once per case.</summary>
    private void AssertRoot()
    {
        _busy++;
        try
        {
            foreach (var sink in _network.RootSinks)
            {
                sink.AssertLeft(this, _root);
            }
        }
        finally
        {
            _busy--;
        }
    }

    /// <summary>Runs one propagation, then retracts the linked facts it orphaned, and theirs, until none are left.</summary>
    private void Propagate(Change change, FactHandle handle)
    {
        _busy++;
        try
        {
            PropagateAndFlush(change, handle);
        }
        finally
        {
            _busy--;
        }
    }

    private void PropagateAndFlush(Change change, FactHandle handle)
    {
        switch (change)
        {
            case Change.Assert:
                AssertFact(handle);
                break;
            case Change.Modify:
                ModifyFact(handle);
                break;
            default:
                RetractHandle(handle);
                break;
        }

        if (_flushing)
        {
            return;
        }

        _flushing = true;
        try
        {
            while (_pendingRetractions.TryDequeue(out var orphan))
            {
                if (orphan.IsLive)
                {
                    RetractHandle(orphan);
                }
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    private void Raise(EventHandler<ActivationEventArgs>? handler, Activation activation) =>
        handler?.Invoke(this, new ActivationEventArgs(activation.Rule, activation.Facts()));

    /// <summary>What one propagation does to a fact (an enum rather than a closure: every insert would allocate one).</summary>
    private enum Change
    {
        Assert,
        Modify,
        Retract,
    }
}
