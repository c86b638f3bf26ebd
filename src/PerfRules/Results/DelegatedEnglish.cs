namespace PerfRules.Results;

/// <summary>
/// The English of a rule author's text (<see cref="LocalizedText.WithEnglishOnRead(string, Func{string})"/>), composed by
/// the author's function from the state it was given when someone first reads it.
/// </summary>
/// <remarks>
/// The state is held by value, so a rule passing a tuple and a static lambda allocates this object alone: no closure, no
/// delegate per text.
/// </remarks>
internal sealed class DelegatedEnglish<TState>(TState state, Func<TState, string> compose) : DeferredEnglish
{
    // An author's function may break its promise and return null: the text that owns this English reports it, naming its
    // Chinese, which this object need not keep a second reference to.
    public override string? Compose() => compose(state);

    // The function is pure (documented), so the same function of equal states gives the same text.
    public override bool HasSameInputs(DeferredEnglish other) =>
        other is DelegatedEnglish<TState> delegated && compose == delegated.Function && EqualityComparer<TState>.Default.Equals(state, delegated.State);

    private Func<TState, string> Function => compose;

    private TState State => state;
}
