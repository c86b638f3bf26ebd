using System.Text;
using System.Text.Json;

namespace PerfRules.RuleSetFormat.Json;

/// <summary>
/// Reads JSON text into <see cref="DocNode"/>s that remember their paths and positions, with
/// <see cref="Utf8JsonReader"/>. It enforces the document limits while reading: a document too large is not read at all,
/// and a value nested too deep is reported and skipped, so neither memory nor the stack depends on the input.
/// </summary>
/// <remarks>A document in plain JSON, as rule sets are written, is read without System.Text.Json (DocReader.Plain.cs).</remarks>
internal static partial class DocReader
{
    /// <summary>Reads <paramref name="json"/>; null when it is not JSON or too large (the problems are in <paramref name="diagnostics"/>).</summary>
    public static DocNode? Read(string json, string? source, Diagnostics diagnostics) => Read(json, source, diagnostics, plain: true, full: true);

    /// <summary>
    /// <see cref="Read(string, string?, Diagnostics)"/> with a choice of readers, to compare them: the plain reader (null
    /// when it gives up), <see cref="Utf8JsonReader"/>, or the first and, when it gives up, the second.
    /// </summary>
    internal static DocNode? Read(string json, string? source, Diagnostics diagnostics, bool plain, bool full)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var lines = new LineMap(bytes, start);
        if (bytes.Length - start > RuleSetJson.MaxDocumentBytes)
        {
            diagnostics.Error(new Location(source, "$", 1, 1),
                $"规则集文件有{bytes.Length - start}字节，超过上限{RuleSetJson.MaxDocumentBytes}字节（1 MB）：请拆分为基础规则集和扩展规则集（extends）",
                $"the document is {bytes.Length - start} bytes, more than the limit of {RuleSetJson.MaxDocumentBytes} (1 MB): split it into a base rule set and one that extends it");
            return null;
        }

        var state = new State(source, lines, start, diagnostics);
        var node = plain ? new PlainReader(bytes, start, state).Document() : null;
        return node ?? (full ? ReadWithSystemTextJson(bytes, start, state) : null);
    }

    private static DocNode? ReadWithSystemTextJson(byte[] bytes, int start, State state)
    {
        var source = state.Source;
        var lines = state.Lines;
        var diagnostics = state.Diagnostics;
        var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            // Well above the document limit, so that the limit is what reports a deep document; Skip() needs the margin.
            MaxDepth = 4 * RuleSetJson.MaxDepth,
        });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Error(new Location(source, "$", 1, 1), "规则集文件是空的", "the document is empty");
                return null;
            }

            var root = ReadValue(ref reader, state, "$", 1);
            if (reader.Read())
            {
                var at = state.At(reader.TokenStartIndex, "$");
                diagnostics.Error(at, "文件在JSON值结束后还有内容", "there is more text after the end of the JSON value");
                return null;
            }

            return root;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            diagnostics.Error(new Location(source, Path(exception.Path), line, lines.ColumnOfByte(line, column - 1)),
                $"不是有效的JSON：{exception.Message}（请检查引号、逗号和括号；JSON不允许注释和末尾多余的逗号）",
                $"not valid JSON: {exception.Message} (check quotes, commas and brackets; JSON allows no comments and no trailing commas)");
            return null;
        }
    }

    private static string Path(string? path) => string.IsNullOrEmpty(path) ? "$" : path;

    private static DocNode ReadValue(ref Utf8JsonReader reader, State state, string path, int depth)
    {
        var at = state.At(reader.TokenStartIndex, path);
        if (depth > RuleSetJson.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            state.Diagnostics.Error(at,
                $"嵌套超过{RuleSetJson.MaxDepth}层，超出上限",
                $"the document nests more than {RuleSetJson.MaxDepth} levels deep, beyond the limit");
            reader.Skip();
            return DocNode.Scalar(DocNodeKind.Null, at, null);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<DocProperty>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var childPath = Location.Child(path, name);
                    var nameAt = state.At(reader.TokenStartIndex, childPath);
                    reader.Read();
                    var value = ReadValue(ref reader, state, childPath, depth + 1);
                    if (seen.Add(name))
                    {
                        properties.Add(new DocProperty(name, nameAt, value));
                    }
                    else
                    {
                        state.Diagnostics.Error(nameAt, $"属性“{name}”重复出现", $"the property \"{name}\" is given twice");
                    }
                }

                return DocNode.Object(at, properties);
            case JsonTokenType.StartArray:
                var items = new List<DocNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, state, Location.Item(path, items.Count), depth + 1));
                }

                return DocNode.Array(at, items);
            case JsonTokenType.String:
                // Most strings have no escapes: then the text as written is the value, decoded once.
                var text = reader.GetString()!;
                var raw = reader.ValueIsEscaped
                    ? Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan)
                    : text;
                return DocNode.String(at, text, raw);
            case JsonTokenType.Number:
                return DocNode.Scalar(DocNodeKind.Number, at, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return DocNode.Scalar(DocNodeKind.True, at, "true");
            case JsonTokenType.False:
                return DocNode.Scalar(DocNodeKind.False, at, "false");
            default:
                return DocNode.Scalar(DocNodeKind.Null, at, null);
        }
    }

    private sealed class State(string? source, LineMap lines, int offset, Diagnostics diagnostics)
    {
        public string? Source { get; } = source;

        public LineMap Lines { get; } = lines;

        public Diagnostics Diagnostics { get; } = diagnostics;

        public Location At(long tokenStart, string path)
        {
            var (line, column) = Lines.Position((int)tokenStart + offset);
            return new Location(Source, path, line, column);
        }
    }
}
