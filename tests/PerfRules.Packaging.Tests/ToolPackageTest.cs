using System.Reflection.PortableExecutable;
using PerfRules.Packaging.Tests.Support;

namespace PerfRules.Packaging.Tests;

/// <summary>
/// The perfrules tool package runs on every platform (tools/net10.0/any/), so it must hold the libraries as IL: their
/// Release builds are ReadyToRun images for the build machine's RID (Directory.Build.targets), which would not load
/// elsewhere.
/// </summary>
public sealed class ToolPackageTest
{
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_tool_package_holds_the_libraries_as_IL_only()
    {
        var root = Directory.CreateTempSubdirectory("perfrules-tool-").FullName;
        try
        {
            var artifacts = Path.Combine(root, "artifacts");
            DotNet.Run(
                root,
                PackLimit,
                new Dictionary<string, string?>(),
                "pack", Path.Combine(RepositoryRoot.Path, "src", "PerfRules.Cli", "PerfRules.Cli.csproj"),
                "-c", "Release", "--artifacts-path", artifacts, "--disable-build-servers", "-nologo")
                .EnsureSuccess();

            var path = Assert.Single(Directory.GetFiles(Path.Combine(artifacts, "package", "release"), "PerfRules.Cli.*.nupkg"));
            using var package = new PackageFile(path);
            var libraries = package.Files.Where(f => f.StartsWith("tools/net10.0/any/PerfRules.", StringComparison.Ordinal)
                && f.EndsWith(".dll", StringComparison.Ordinal) && !f.EndsWith("/PerfRules.Cli.dll", StringComparison.Ordinal)).ToList();

            Assert.Equal(
                ["PerfRules.Engine.dll", "PerfRules.Reporting.dll", "PerfRules.RuleSets.dll", "PerfRules.Testing.dll", "PerfRules.dll"],
                libraries.Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.All(libraries, library =>
            {
                using var reader = new PEReader(package.Read(library));
                Assert.True(reader.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.ILOnly), library);
                Assert.Equal(0, reader.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size);
            });
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless; failing the run for it is not.
            }
        }
    }
}
