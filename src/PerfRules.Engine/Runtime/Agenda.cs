namespace PerfRules.Engine.Runtime;

/// <summary>
/// The activations waiting to fire, highest priority first and, within a priority, in the order they were queued.
/// The order is a pure function of the operations performed, so the same facts in the same order always fire the same way.
/// </summary>
/// <remarks>Removal is lazy: a removed activation leaves a stale entry that <see cref="TryPop"/> skips.</remarks>
internal sealed class Agenda(int capacity)
{
    private readonly PriorityQueue<Activation, (int Priority, long Sequence)> _queue = new(capacity, Order.Instance);
    private long _sequence;

    public int Count { get; private set; }

    /// <summary>The most entries (stale ones included) the queue held at once.</summary>
    public int PeakQueueLength { get; private set; }

    /// <summary>
    /// Queues an activation. One that is already waiting keeps its place: it was created (or last fired) before the
    /// ones behind it, and a change to its facts does not make it newer.
    /// </summary>
    public void Add(Activation activation)
    {
        if (activation.IsQueued)
        {
            return;
        }

        activation.IsQueued = true;
        Count++;
        activation.QueueSequence = ++_sequence;
        _queue.Enqueue(activation, (activation.Rule.Priority, activation.QueueSequence));
        PeakQueueLength = Math.Max(PeakQueueLength, _queue.Count);
    }

    public void Remove(Activation activation)
    {
        if (activation.IsQueued)
        {
            activation.IsQueued = false;
            Count--;
        }
    }

    /// <summary>Empties the agenda and restarts its sequence, keeping the queue's capacity (see <see cref="ISession.Clear"/>).</summary>
    public void Clear()
    {
        _queue.Clear();
        _sequence = 0;
        Count = 0;
        PeakQueueLength = 0;
    }

    public bool TryPop(out Activation activation)
    {
        while (_queue.TryDequeue(out var next, out var key))
        {
            if (next.IsQueued && next.QueueSequence == key.Sequence)
            {
                next.IsQueued = false;
                Count--;
                activation = next;
                return true;
            }
        }

        activation = null!;
        return false;
    }

    private sealed class Order : IComparer<(int Priority, long Sequence)>
    {
        public static readonly Order Instance = new();

        public int Compare((int Priority, long Sequence) x, (int Priority, long Sequence) y) =>
            x.Priority != y.Priority ? y.Priority.CompareTo(x.Priority) : x.Sequence.CompareTo(y.Sequence);
    }
}
