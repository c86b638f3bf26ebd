using System.Text;

namespace PerfRules.RuleSetFormat.Json;

/// <summary>Turns byte offsets of UTF-8 text into lines and columns (from 1; columns in UTF-16 characters, as editors count).</summary>
internal sealed class LineMap
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [];

    public LineMap(byte[] bytes, int start)
    {
        _bytes = bytes;
        _lineStarts.Add(start);
        for (var i = start; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Position(int byteOffset)
    {
        var index = _lineStarts.BinarySearch(byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        line = Math.Max(0, line);
        return (line + 1, Characters(_lineStarts[line], byteOffset) + 1);
    }

    /// <summary>The column of the byte <paramref name="byteInLine"/> (from 0) of <paramref name="line"/> (from 1).</summary>
    public int ColumnOfByte(int line, int byteInLine)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return byteInLine + 1;
        }

        var start = _lineStarts[line - 1];
        return Characters(start, Math.Min(_bytes.Length, start + byteInLine)) + 1;
    }

    private int Characters(int from, int to) => to <= from ? 0 : Encoding.UTF8.GetCharCount(_bytes, from, to - from);
}
