using System.Text;

namespace PerfRules.Cli.Output;

/// <summary>Writes an output file, turning a path that cannot be written into an <see cref="InputException"/>.</summary>
internal static class OutputFile
{
    /// <summary>UTF-8 without a byte-order mark: what every tool reading Markdown, HTML or JSON expects.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, string text, Encoding? encoding = null) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, encoding ?? Utf8);
            writer.Write(text);
        });

    public static void Write(string path, Action<Stream> write)
    {
        try
        {
            using var stream = File.Create(path);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the output file: {e.Message}", e);
        }
    }
}
