namespace PerfRules.PublicApi.Tests;

/// <summary>The checkout the tests run from: the first folder above the test binaries that holds PerfRules.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PerfRules.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds PerfRules.sln: run the tests from the checkout.");
    }
}
