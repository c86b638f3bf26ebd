using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// A fingerprint (<see cref="Hashing.Of"/>) computed when first read. Fingerprints are read only for
/// <see cref="Evaluation.RuleSet.ContentHash"/>, itself computed when first read (by the first evaluation), so loading a
/// document neither starts the hash algorithm nor writes out the rows it hashes: together about a tenth of a load in a
/// fresh process.
/// </summary>
/// <remarks>Thread-safe: the hash is computed once; what it was computed from is then let go.</remarks>
internal sealed class DeferredHash
{
    private readonly object _gate = new();
    private string? _text;
    private DocNode? _node;
    private DeferredHash? _first;
    private DeferredHash? _second;
    private string? _value;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public DeferredHash(string text) => _text = text;

    /// <summary>The hash of a document's value as written (<see cref="DocNode.Canonical"/>): a row of the indicator table.</summary>
    public DeferredHash(DocNode node) => _node = node;

    /// <summary>The hash of two fingerprints, <c>first|second</c> (a row and the row that overrides it).</summary>
    public DeferredHash(DeferredHash first, DeferredHash second) => (_first, _second) = (first, second);

    /// <summary>The SHA-256, lower-case hex.</summary>
    public string Value => Volatile.Read(ref _value) ?? Compute();

    private string Compute()
    {
        lock (_gate)
        {
            if (_value is null)
            {
                var text = _text ?? _node?.Canonical() ?? $"{_first!.Value}|{_second!.Value}";
                Volatile.Write(ref _value, Hashing.Of(text));
                (_text, _node, _first, _second) = (null, null, null, null);
            }

            return _value;
        }
    }
}
