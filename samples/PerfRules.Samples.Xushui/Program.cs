// A Xushui-style rule set written as JSON (xushui-style-2023.json) on ASSUMED weights: the self-assessment it comes
// from (seeds/000) prints only category scores. Seven points of items that did not arise leave the base, and the total
// is converted over the points that applied: 84.8 of 93 gives 91.18.
//   dotnet run --project samples/PerfRules.Samples.Xushui                 in Chinese
//   dotnet run --project samples/PerfRules.Samples.Xushui -- --english    in English
PerfRules.Samples.Xushui.XushuiSample.Run(Console.Out, args.Contains("--english") ? PerfRules.Results.Language.English : PerfRules.Results.Language.Chinese);
