using PerfRules.Facts;

namespace PerfRules.Cli.Input;

/// <summary>Reads a facts file, turning every way it can fail into an <see cref="InputException"/> that names the file.</summary>
internal static class FactsInput
{
    /// <summary>Reads the facts of <paramref name="path"/>, in file order.</summary>
    /// <exception cref="InputException">
    /// The file is missing or unreadable, or is not a valid facts file: the message names the file, the line where known,
    /// the JSON path and the field (<see cref="FactsFileException"/>).
    /// </exception>
    public static IReadOnlyList<object> Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a folder, not a facts file (score a folder with score --batch).");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: the facts file does not exist.");
        }

        try
        {
            return FactsJson.ReadFile(path);
        }
        catch (FactsFileException e)
        {
            throw new InputException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the facts file: {e.Message}", e);
        }
    }
}
