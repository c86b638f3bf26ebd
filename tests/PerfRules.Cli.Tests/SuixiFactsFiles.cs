namespace PerfRules.Cli.Tests;

/// <summary>Variants of the Suixi facts file, written into a test's temporary folder.</summary>
public static class SuixiFactsFiles
{
    private const string ActualExpenditure = "\"actualExpenditure\": 15635713.52";

    /// <summary>Writes the Suixi facts with BudgetExecution.actualExpenditure set to the JSON <paramref name="value"/>.</summary>
    public static string WithActualExpenditure(TempFolder folder, string name, string value)
    {
        var text = File.ReadAllText(Tool.SuixiFacts);
        Assert.Contains(ActualExpenditure, text);
        var path = folder.File(name);
        File.WriteAllText(path, text.Replace(ActualExpenditure, $"\"actualExpenditure\": {value}", StringComparison.Ordinal));
        return path;
    }

    /// <summary>Copies the Suixi facts file unchanged.</summary>
    public static string Copy(TempFolder folder, string name)
    {
        var path = folder.File(name);
        File.Copy(Tool.SuixiFacts, path);
        return path;
    }
}
