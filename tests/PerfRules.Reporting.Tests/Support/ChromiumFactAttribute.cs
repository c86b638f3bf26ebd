namespace PerfRules.Reporting.Tests.Support;

/// <summary>
/// A test that prints through headless Chromium. Under CI (CI=true), where .ci/run installs Chromium, poppler-utils and a
/// CJK font, it always runs and fails if they are missing. Elsewhere it is skipped, saying why, when Chromium is not
/// installed: the README's test command must pass on a machine with only the .NET SDK.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && !(File.Exists("/usr/bin/chromium") && File.Exists("/usr/bin/pdftotext")))
        {
            Skip = "Needs Debian's chromium and poppler-utils (apt-get install chromium poppler-utils fonts-noto-cjk); .ci/run installs them and runs this test.";
        }
    }
}
