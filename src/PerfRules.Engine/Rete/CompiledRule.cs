namespace PerfRules.Engine.Rete;

/// <summary>A rule as the network runs it: its metadata and its compiled actions.</summary>
internal sealed class CompiledRule(int index, string name, string description, int priority, IReadOnlyList<string> tags, int elementCount, CompiledAction[] actions, int yieldCount)
    : IRuleDefinition
{
    /// <summary>The rule's position in the repository, used to count firings without a dictionary.</summary>
    public int Index { get; } = index;

    public string Name { get; } = name;

    public string Description { get; } = description;

    public int Priority { get; } = priority;

    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>How many elements a complete match binds (the length of the action arguments).</summary>
    public int ElementCount { get; } = elementCount;

    public CompiledAction[] Actions { get; } = actions;

    /// <summary>How many linked facts an activation of this rule owns.</summary>
    public int YieldCount { get; } = yieldCount;

    /// <summary>
    /// Whether a firing's arguments array can serve the rule's next firing: no action lets it escape (see
    /// <see cref="CompiledAction.KeepsArguments"/>).
    /// </summary>
    public bool ReusesArguments { get; } = actions.All(a => !a.KeepsArguments);

    public override string ToString() => Name;
}

/// <summary>One compiled action: a <c>Do</c>, or a <c>Yield</c> with the slot its linked fact occupies.</summary>
internal sealed class CompiledAction(
    string text,
    Action<IContext, object?[]>? run,
    Func<IContext, object?[], object?>? yield,
    int yieldSlot,
    bool keepsArguments)
{
    public string Text { get; } = text;

    public Action<IContext, object?[]>? Run { get; } = run;

    public Func<IContext, object?[], object?>? Yield { get; } = yield;

    public int YieldSlot { get; } = yieldSlot;

    /// <summary>
    /// Whether the action may keep its arguments array beyond its run: a lambda nested in it reads a variable, so the
    /// delegate made from it holds the array, and a rule may store such a delegate (a text composed when read, say).
    /// An action that reads its variables only in its own body is done with the array when it returns.
    /// </summary>
    public bool KeepsArguments { get; } = keepsArguments;
}
