using System.Diagnostics;

namespace PerfRules.Reporting.Tests.Support;

/// <summary>
/// Prints an HTML page to PDF with Debian's headless Chromium and extracts the PDF's text with poppler's pdftotext, to
/// check that the page renders, not just that it parses. Both are required: .ci/run installs them
/// (apt-get install chromium poppler-utils).
/// </summary>
internal static class Chromium
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string PdfToTextPath = "/usr/bin/pdftotext";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdfPath"/>; the page is written beside it.</summary>
    public static void PrintToPdf(string html, string pdfPath)
    {
        Require(ChromiumPath, "chromium");
        var htmlPath = Path.ChangeExtension(pdfPath, ".html");
        File.WriteAllText(htmlPath, html);
        var profile = Directory.CreateTempSubdirectory("perfrules-chromium-");
        try
        {
            Run(ChromiumPath,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                $"--user-data-dir={profile.FullName}", $"--print-to-pdf={pdfPath}", new Uri(htmlPath).AbsoluteUri,
            ]);
        }
        finally
        {
            profile.Delete(recursive: true);
        }

        Assert.True(File.Exists(pdfPath) && new FileInfo(pdfPath).Length > 0, $"Chromium wrote no PDF at {pdfPath}.");
    }

    /// <summary>The PDF's text, laid out as on the page; one page's only when <paramref name="page"/> is given.</summary>
    public static string PdfText(string pdfPath, int? page = null)
    {
        Require(PdfToTextPath, "poppler-utils");
        List<string> arguments = ["-layout", "-enc", "UTF-8"];
        if (page is { } p)
        {
            var number = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            arguments.AddRange(["-f", number, "-l", number]);
        }

        return Run(PdfToTextPath, [.. arguments, pdfPath, "-"]);
    }

    /// <summary>How many pages the PDF has, from its page count as pdfinfo reports it.</summary>
    public static int PageCount(string pdfPath)
    {
        Require("/usr/bin/pdfinfo", "poppler-utils");
        var info = Run("/usr/bin/pdfinfo", [pdfPath]);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Require(string path, string package)
    {
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: the HTML rendering test needs Debian's chromium and poppler-utils "
                + $"(apt-get install -y chromium poppler-utils; .ci/run installs them). Package: {package}.");
        }
    }

    private static string Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish within {Limit.TotalSeconds} s.");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
