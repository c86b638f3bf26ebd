using System.Text;

namespace PerfRules.RuleSetFormat.Json;

internal static partial class DocReader
{
    /// <summary>
    /// Reads a document written in plain JSON, as rule sets are: no escapes in strings, no name given twice, nesting
    /// within <see cref="RuleSetJson.MaxDepth"/>. Starting System.Text.Json's reader costs about a tenth of loading a
    /// rule set in a fresh process, and this reader is a page. At anything else, including every mistake, it gives up
    /// (null), and <see cref="Read(string, string?, Diagnostics)"/> reads the text with System.Text.Json, whose words the errors quote. What it
    /// accepts is valid JSON, read into the nodes the full reader builds (a test compares them).
    /// </summary>
    /// <remarks>
    /// The bytes are the UTF-8 encoding of a .NET string, so they are well-formed UTF-8: a string's bytes need only be
    /// checked for the characters JSON forbids in it (control characters) and for escapes.
    /// </remarks>
    private sealed class PlainReader
    {
        private readonly byte[] _bytes;
        private readonly int _offset;
        private readonly State _state;
        private int _position;

        public PlainReader(byte[] bytes, int offset, State state)
        {
            (_bytes, _offset, _state) = (bytes, offset, state);
            _position = offset;
        }

        // The byte at the position, or -1 at the end of the text.
        private int Next => _position < _bytes.Length ? _bytes[_position] : -1;

        /// <summary>The root value, or null when the text is not plain JSON.</summary>
        public DocNode? Document()
        {
            SkipWhitespace();
            var root = Value("$", 1);
            SkipWhitespace();
            return _position == _bytes.Length ? root : null;
        }

        private DocNode? Value(string path, int depth)
        {
            if (Next < 0)
            {
                return null;
            }

            var at = _state.At(_position - _offset, path);
            switch (Next)
            {
                case '{':
                    return depth > RuleSetJson.MaxDepth ? null : Object(at, path, depth);
                case '[':
                    return depth > RuleSetJson.MaxDepth ? null : Array(at, path, depth);
                case '"':
                    return String() is { } text ? DocNode.String(at, text, text) : null;
                case 't':
                    return Literal("true") ? DocNode.Scalar(DocNodeKind.True, at, "true") : null;
                case 'f':
                    return Literal("false") ? DocNode.Scalar(DocNodeKind.False, at, "false") : null;
                case 'n':
                    return Literal("null") ? DocNode.Scalar(DocNodeKind.Null, at, null) : null;
                default:
                    return Number() is { } number ? DocNode.Scalar(DocNodeKind.Number, at, number) : null;
            }
        }

        private DocNode? Object(Location at, string path, int depth)
        {
            _position++;
            var properties = new List<DocProperty>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            SkipWhitespace();
            if (Next == '}')
            {
                _position++;
                return DocNode.Object(at, properties);
            }

            while (true)
            {
                var nameStart = _position;
                if (Next != '"' || String() is not { } name || !seen.Add(name))
                {
                    return null;
                }

                SkipWhitespace();
                if (Next != ':')
                {
                    return null;
                }

                _position++;
                SkipWhitespace();
                var childPath = Location.Child(path, name);
                var nameAt = _state.At(nameStart - _offset, childPath);
                if (Value(childPath, depth + 1) is not { } value)
                {
                    return null;
                }

                properties.Add(new DocProperty(name, nameAt, value));
                SkipWhitespace();
                if (Next == '}')
                {
                    _position++;
                    return DocNode.Object(at, properties);
                }

                if (Next != ',')
                {
                    return null;
                }

                _position++;
                SkipWhitespace();
            }
        }

        private DocNode? Array(Location at, string path, int depth)
        {
            _position++;
            var items = new List<DocNode>();
            SkipWhitespace();
            if (Next == ']')
            {
                _position++;
                return DocNode.Array(at, items);
            }

            while (true)
            {
                if (Value(Location.Item(path, items.Count), depth + 1) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                SkipWhitespace();
                if (Next == ']')
                {
                    _position++;
                    return DocNode.Array(at, items);
                }

                if (Next != ',')
                {
                    return null;
                }

                _position++;
                SkipWhitespace();
            }
        }

        // The text between the quotes, or null when it has an escape or a control character, or no closing quote.
        private string? String()
        {
            var from = ++_position;
            while (Next is not ('"' or -1))
            {
                if (Next is < 0x20 or '\\')
                {
                    return null;
                }

                _position++;
            }

            if (Next < 0)
            {
                return null;
            }

            _position++;
            return Encoding.UTF8.GetString(_bytes, from, _position - 1 - from);
        }

        // A number as JSON writes it (0, -12, 3.5, 1e-3), followed by a delimiter, as its text; or null.
        private string? Number()
        {
            var from = _position;
            if (Next == '-')
            {
                _position++;
            }

            if (Next == '0')
            {
                _position++;
            }
            else if (!Digits())
            {
                return null;
            }

            if (Next == '.')
            {
                _position++;
                if (!Digits())
                {
                    return null;
                }
            }

            if (Next is 'e' or 'E')
            {
                _position++;
                if (Next is '+' or '-')
                {
                    _position++;
                }

                if (!Digits())
                {
                    return null;
                }
            }

            return AtDelimiter() ? Encoding.UTF8.GetString(_bytes, from, _position - from) : null;
        }

        private bool Digits()
        {
            var from = _position;
            while (Next is >= '0' and <= '9')
            {
                _position++;
            }

            return _position > from;
        }

        private bool Literal(string word)
        {
            foreach (var c in word)
            {
                if (Next != c)
                {
                    return false;
                }

                _position++;
            }

            return AtDelimiter();
        }

        private bool AtDelimiter() => Next is -1 or ' ' or '\t' or '\n' or '\r' or ',' or '}' or ']';

        private void SkipWhitespace()
        {
            while (Next is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
        }
    }
}
