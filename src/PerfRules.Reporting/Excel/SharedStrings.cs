using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfRules.Reporting.Excel;

/// <summary>The workbook's shared string table: each distinct text is stored once and cells point at it by index.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int IndexOf(string text)
    {
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _texts.Add(text);
            _indexes.Add(text, index);
        }

        return index;
    }

    public SharedStringTable ToTable()
    {
        // Leading or trailing spaces and line breaks survive only with xml:space="preserve".
        var items = _texts.Select(t => new SharedStringItem(new Text(t) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        return new SharedStringTable(items) { Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count };
    }
}
