using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PerfRules.Packaging.Tests.Support;
using Xunit.Abstractions;

namespace PerfRules.Packaging.Tests;

/// <summary>
/// A user's console app, outside the repository, that installs the packed packages from a folder feed by
/// PackageReference, registers the Suixi rule set with AddPerfRules and scores the golden case: restore, build and run,
/// exactly as a user would.
/// </summary>
[Collection(PackedLibrariesCollection.Name)]
public sealed partial class HostProjectTest(PackedLibraries packed, ITestOutputHelper log)
{
    private static readonly TimeSpan ListSourcesLimit = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    private const string Program =
        """
        using Microsoft.Extensions.DependencyInjection;
        using PerfRules.DependencyInjection;
        using PerfRules.Facts;
        using PerfRules.RuleSets;

        var services = new ServiceCollection();
        services.AddPerfRules(perfRules => perfRules.AddRuleSet(BuiltInRuleSets.GuangdongSuixi2022));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var facts = FactsJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "suixi-hrss-2022.facts.json"));
        var card = provider.GetRequiredService<IScorecardService>().Evaluate(facts);
        Console.WriteLine($"total {card.Total}");
        Console.WriteLine($"grade {card.Grade?.ChineseName}");
        """;

    [Fact]
    public void A_console_app_installs_the_packages_from_a_folder_feed_and_scores_the_Suixi_case()
    {
        var host = Directory.CreateDirectory(Path.Combine(packed.Root, "host")).FullName;
        WriteHost(host);
        try
        {
            var run = DotNet.Run(host, RunLimit, new Dictionary<string, string?>(), "run", "-c", "Release", "--disable-build-servers").EnsureSuccess();
            log.WriteLine($"{packed.Pack.Command}: {packed.Pack.Elapsed.TotalSeconds:0.0} s");
            log.WriteLine($"{run.Command}: {run.Elapsed.TotalSeconds:0.0} s\n{run.Output}");

            Assert.Contains("total 80.81", run.Output, StringComparison.Ordinal);
            Assert.Contains("grade 良", run.Output, StringComparison.Ordinal);

            // Installed from the feed at the packed version, not built from the repository's projects.
            var resolved = ResolvedPackages(host);
            Assert.All(PackedLibraries.Ids, id => Assert.Equal(packed.Version, resolved.GetValueOrDefault(id)));
        }
        finally
        {
            ForgetInstalledPackages(host);
        }
    }

    private void WriteHost(string host)
    {
        // Empty MSBuild files stop MSBuild looking further up for a Directory.Build.props or central package versions.
        foreach (var empty in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(host, empty), "<Project />\n");
        }

        // The sources as the machine has them, read before this folder has a nuget.config of its own.
        var sources = MachineSources(host);
        File.WriteAllText(Path.Combine(host, "nuget.config"), NuGetConfig(packed.Feed, sources));

        File.WriteAllText(Path.Combine(host, "Host.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <!-- Vulnerability data comes from the network and changes; what this app checks does not depend on it. -->
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PerfRules.RuleSets" Version="{packed.Version}" />
                <PackageReference Include="PerfRules.DependencyInjection" Version="{packed.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="{CentralVersion("Microsoft.Extensions.DependencyInjection")}" />
              </ItemGroup>
              <ItemGroup>
                <None Include="suixi-hrss-2022.facts.json" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(host, "Program.cs"), Program);
        File.Copy(
            Path.Combine(RepositoryRoot.Path, "samples", "PerfRules.Samples.Suixi", "suixi-hrss-2022.facts.json"),
            Path.Combine(host, "suixi-hrss-2022.facts.json"));
    }

    /// <summary>The enabled package sources of this machine's NuGet configuration, by name (credentials, if any, are keyed by it).</summary>
    private static List<(string Name, string Url)> MachineSources(string folder)
    {
        var list = DotNet.Run(folder, ListSourcesLimit, new Dictionary<string, string?>(), "nuget", "list", "source", "--format", "Detailed").EnsureSuccess();
        var lines = list.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sources = new List<(string Name, string Url)>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (SourceLine().Match(lines[i]) is { Success: true } source && source.Groups["state"].Value == "Enabled")
            {
                sources.Add((source.Groups["name"].Value, lines[i + 1]));
            }
        }

        Assert.True(sources.Count > 0, $"This machine has no enabled NuGet source to restore the packages' dependencies from:\n{list.Output}");
        return sources;
    }

    private static string NuGetConfig(string feed, IEnumerable<(string Name, string Url)> sources)
    {
        var packageSources = new XElement("packageSources", new XElement("clear"), Source("perfrules-packed", feed));
        packageSources.Add(sources.Select(s => Source(s.Name, s.Url)));
        return new XDocument(new XElement("configuration", packageSources)).ToString() + "\n";

        static XElement Source(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
    }

    private static string CentralVersion(string package)
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;
    }

    /// <summary>The version restore chose for each package, from the host's obj/project.assets.json.</summary>
    private static Dictionary<string, string> ResolvedPackages(string host)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(host, "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/'))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Removes this run's packages from the global packages folder: each run packs a new version, none is used twice.</summary>
    private void ForgetInstalledPackages(string host)
    {
        var assetsFile = Path.Combine(host, "obj", "project.assets.json");
        if (!File.Exists(assetsFile))
        {
            return;
        }

        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        foreach (var folder in assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name))
        {
            foreach (var id in PackedLibraries.Ids)
            {
                var package = Path.Combine(folder, id.ToLowerInvariant());
                var installed = Path.Combine(package, packed.Version.ToLowerInvariant());
                try
                {
                    if (Directory.Exists(installed))
                    {
                        Directory.Delete(installed, recursive: true);
                    }

                    if (Directory.Exists(package) && !Directory.EnumerateFileSystemEntries(package).Any())
                    {
                        Directory.Delete(package);
                    }
                }
                catch (IOException)
                {
                    // Left behind, a package of a version no one asks for again is only disk space; not a reason to fail.
                }
            }
        }
    }

    // "  1.  nuget.org [Enabled]", followed by a line with the source's URL.
    [GeneratedRegex(@"^\d+\.\s+(?<name>.+?)\s+\[(?<state>Enabled|Disabled)\]$")]
    private static partial Regex SourceLine();
}
