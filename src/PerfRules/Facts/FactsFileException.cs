namespace PerfRules.Facts;

/// <summary>A facts file cannot be read: the message names the file, the JSON path of the fact and, where known, the field and line.</summary>
public sealed class FactsFileException : Exception
{
    internal FactsFileException(string? file, string jsonPath, long? line, string problem, Exception? inner = null)
        : base($"{file ?? "facts"}{(line is { } l ? $"({l + 1})" : string.Empty)}: {jsonPath}: {problem}", inner)
    {
        File = file;
        JsonPath = jsonPath;
        Line = line is { } n ? n + 1 : null;
        Problem = problem;
    }

    /// <summary>The file, when read from one.</summary>
    public string? File { get; }

    /// <summary>Where in the document, such as <c>$.facts[3].actualExpenditure</c>.</summary>
    public string JsonPath { get; }

    /// <summary>The line (from 1), when the reader knows it.</summary>
    public long? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
