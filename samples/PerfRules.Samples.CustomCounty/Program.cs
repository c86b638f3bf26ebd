// The fictional 望川县 adopts the Suixi 2022 table with three rows of its own, written in C#
// (Wangchuan2022/WangchuanRuleSet.cs), and the sample prints what they change for one department:
//   dotnet run --project samples/PerfRules.Samples.CustomCounty                 in Chinese
//   dotnet run --project samples/PerfRules.Samples.CustomCounty -- --english    in English
//
// wangchuan-2022.json is the same county written as a JSON rule set that "extends" the built-in GuangdongSuixi2022
// (JsonCounty.cs loads it over the built-in table's JSON document); the sample prints its rows beside the C# county's.
PerfRules.Samples.CustomCounty.CustomCountySample.Run(Console.Out, args.Contains("--english") ? PerfRules.Results.Language.English : PerfRules.Results.Language.Chinese);
