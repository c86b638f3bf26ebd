namespace PerfRules.RuleSetFormat.Json;

/// <summary>
/// One JSON value of a rule-set document with where it was written: its JSON path and the line and column of its first
/// character. <see cref="System.Text.Json.JsonDocument"/> forgets positions, and every error must name them.
/// </summary>
/// <remarks>Immutable once read.</remarks>
internal sealed class DocNode
{
    // An object of a few properties is searched in order: a dictionary for each of a document's many small objects costs
    // more to build, in a fresh process, than the few lookups it serves.
    private const int IndexedFrom = 9;

    private readonly Dictionary<string, DocProperty>? _byName;

    private DocNode(DocNodeKind kind, Location location, string? text, string? raw, IReadOnlyList<DocProperty>? properties, IReadOnlyList<DocNode>? items)
    {
        Kind = kind;
        Location = location;
        Text = text;
        Raw = raw;
        Properties = properties ?? [];
        Items = items ?? [];
        if (properties is { Count: >= IndexedFrom })
        {
            _byName = new Dictionary<string, DocProperty>(StringComparer.Ordinal);
            foreach (var property in properties)
            {
                _byName.TryAdd(property.Name, property);
            }
        }
    }

    /// <summary>The kind of value.</summary>
    public DocNodeKind Kind { get; }

    /// <summary>Where the value starts.</summary>
    public Location Location { get; }

    /// <summary>The JSON path, e.g. <c>$.indicators[3].weight</c>.</summary>
    public string Path => Location.Path;

    /// <summary>A string's value (unescaped), or a number's text as written.</summary>
    public string? Text { get; }

    /// <summary>A string's text as written between its quotes (escapes not undone), to place a character inside it.</summary>
    public string? Raw { get; }

    /// <summary>An object's properties, in document order (a repeated name is reported and only its first kept).</summary>
    public IReadOnlyList<DocProperty> Properties { get; }

    /// <summary>An array's items.</summary>
    public IReadOnlyList<DocNode> Items { get; }

    /// <summary>The value of an object's property, or null.</summary>
    public DocNode? this[string name] => Find(name)?.Value;

    /// <summary>Whether an object has the property.</summary>
    public bool Has(string name) => Find(name) is not null;

    private DocProperty? Find(string name)
    {
        if (_byName is not null)
        {
            return _byName.GetValueOrDefault(name);
        }

        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>What the value is, for messages: "一个对象" / "an object".</summary>
    public (string Chinese, string English) Describe() => Kind switch
    {
        DocNodeKind.Object => ("对象", "an object"),
        DocNodeKind.Array => ("数组", "an array"),
        DocNodeKind.String => ($"字符串\"{Shorten(Text!)}\"", $"the string \"{Shorten(Text!)}\""),
        DocNodeKind.Number => ($"数字{Text}", $"the number {Text}"),
        DocNodeKind.True => ("true", "true"),
        DocNodeKind.False => ("false", "false"),
        _ => ("null", "null"),
    };

    /// <summary>
    /// Where character <paramref name="index"/> of a string's value was written: the value's column plus the quote and
    /// every raw character before it (an escape such as <c>\"</c> is two raw characters for one).
    /// </summary>
    public Location LocationOfCharacter(int index)
    {
        if (Kind != DocNodeKind.String || Raw is null)
        {
            return Location;
        }

        var raw = 0;
        for (var consumed = 0; consumed < index && raw < Raw.Length; consumed++)
        {
            if (Raw[raw] != '\\' || raw + 1 >= Raw.Length)
            {
                raw++;
            }
            else if (Raw[raw + 1] == 'u')
            {
                raw += 6;
            }
            else
            {
                raw += 2;
            }
        }

        return Location with { Column = Location.Column + 1 + Math.Min(raw, Raw.Length) };
    }

    /// <summary>The value as compact JSON, properties in document order, author's comments left out: what a fingerprint hashes.</summary>
    public string Canonical()
    {
        var builder = new System.Text.StringBuilder();
        Write(builder, this);
        return builder.ToString();
    }

    // A fingerprint needs a text that tells values apart, not JSON another reader accepts: quotes around the value, with
    // the quote and the backslash escaped, are enough, and spare starting the JSON serializer for every string.
    private static System.Text.StringBuilder Quote(System.Text.StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"');
    }

    private static void Write(System.Text.StringBuilder builder, DocNode node)
    {
        switch (node.Kind)
        {
            case DocNodeKind.Object:
                builder.Append('{');
                foreach (var property in node.Properties.Where(p => p.Name is not ("$comment" or "$schema")))
                {
                    Quote(builder, property.Name).Append(':');
                    Write(builder, property.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case DocNodeKind.Array:
                builder.Append('[');
                foreach (var item in node.Items)
                {
                    Write(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case DocNodeKind.String:
                Quote(builder, node.Text!);
                break;
            default:
                builder.Append(node.Text ?? "null");
                break;
        }
    }

    public static DocNode Object(Location location, IReadOnlyList<DocProperty> properties) => new(DocNodeKind.Object, location, null, null, properties, null);

    public static DocNode Array(Location location, IReadOnlyList<DocNode> items) => new(DocNodeKind.Array, location, null, null, null, items);

    public static DocNode String(Location location, string value, string raw) => new(DocNodeKind.String, location, value, raw, null, null);

    public static DocNode Scalar(DocNodeKind kind, Location location, string? text) => new(kind, location, text, null, null, null);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
