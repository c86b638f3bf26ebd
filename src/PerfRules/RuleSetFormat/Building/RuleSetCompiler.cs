using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Building.Blocks;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Formulas.Syntax;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// Builds a resolved document (its <c>extends</c> already merged) into a <see cref="RuleSet"/>, checking what a shape
/// check cannot: the indicator tree adds up, every leaf has a block and every group none, formulas parse, type-check and
/// read known facts, bands do not overlap, points fit their indicators, reallocations name leaves that exist. Every
/// problem is reported with the path of the value at fault; the <see cref="RuleSetBuilder"/> then checks once more.
/// </summary>
internal sealed class RuleSetCompiler
{
    private readonly RuleSetDocument _document;
    private readonly FormulaSchema _schema;
    private readonly FormulaCache _cache;
    private readonly Diagnostics _diagnostics;
    private readonly bool _partial;
    private LabelBook _labels = LabelBook.Empty;

    private RuleSetCompiler(RuleSetDocument document, FormulaSchema schema, Diagnostics diagnostics, bool partial)
    {
        _document = document;
        _schema = schema;
        _cache = new FormulaCache(schema);
        _diagnostics = diagnostics;
        _partial = partial;
    }

    /// <summary>
    /// Builds the document; with <paramref name="partial"/> (its shape had errors) only the rows that were read are
    /// checked, the tree's sums are not, and nothing is built.
    /// </summary>
    public static RuleSet? Compile(RuleSetDocument document, FormulaSchema schema, Diagnostics diagnostics, bool partial = false) =>
        new RuleSetCompiler(document, schema, diagnostics, partial).Compile();

    private RuleSet? Compile()
    {
        var before = _diagnostics.ErrorCount;
        var maximum = _document.MaximumScore ?? 100m;
        var rows = CompleteRows();
        var tree = Tree(rows, maximum);
        _labels = LabelBook.Of(_document.Labels, _cache, _diagnostics);
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (code, row) in tree.Rows)
        {
            names.Add(code, row.Name!);
        }

        var reallocations = Reallocations(tree, names);
        var leaves = new List<IndicatorRule>();
        foreach (var row in rows.DistinctBy(r => r.Code).Where(r => tree.IsLeaf(r.Code) && r.Scoring is not null))
        {
            // A leaf of 0 points is an error already, but its formulas are still checked.
            if (Leaf(row, reallocations, names) is { } rule && row.Weight > 0m)
            {
                leaves.Add(rule);
            }
        }

        var grades = Grades();
        var adjustments = Adjustments(maximum);
        if (_document.Name is null && !_partial)
        {
            _diagnostics.Error(_document.Location, "规则集缺少名称name", "the rule set has no name");
        }

        if (_partial || _diagnostics.ErrorCount > before || _document.Name is null || _document.Version is null)
        {
            return null;
        }

        var builder = RuleSet.Create(_document.Id, _document.Version, _document.Name).MaximumScore(maximum);
        if (_document.Jurisdiction is { } jurisdiction)
        {
            builder.Jurisdiction(jurisdiction);
        }

        if (_document.EffectiveYear is { } year)
        {
            builder.EffectiveYear(year);
        }

        builder.Grades(grades ?? GradeScale.Default).ConvertOverApplicablePoints(_document.ConvertOverApplicablePoints ?? false);
        if (adjustments is not null)
        {
            builder.Adjustments(adjustments);
        }

        foreach (var group in rows.Where(r => !tree.IsLeaf(r.Code)))
        {
            builder.Group(group.Code, group.Name!, group.Weight!.Value);
        }

        foreach (var leaf in leaves)
        {
            builder.Indicator(leaf);
        }

        foreach (var reallocation in reallocations)
        {
            builder.Rule(reallocation.Rule);
        }

        try
        {
            return builder.Build();
        }
        catch (RuleSetException exception)
        {
            foreach (var problem in exception.Problems)
            {
                _diagnostics.Error(_document.Location, problem, problem);
            }

            return null;
        }
    }

    private List<IndicatorDocument> CompleteRows()
    {
        var rows = new List<IndicatorDocument>();
        if (_document.Indicators.Count > RuleSetJson.MaxIndicators)
        {
            _diagnostics.Error(_document.Location, $"规则集有{_document.Indicators.Count}个指标，超过上限{RuleSetJson.MaxIndicators}", $"the rule set has {_document.Indicators.Count} indicators, more than the limit of {RuleSetJson.MaxIndicators}");
            return rows;
        }

        if (_document.Indicators.Count == 0 && !_partial)
        {
            _diagnostics.Error(_document.Location, "规则集没有任何指标", "the rule set has no indicator");
        }

        foreach (var row in _document.Indicators)
        {
            if (_partial)
            {
                // The shape check has reported what is missing.
                if (row.Name is not null && row.Weight is not null)
                {
                    rows.Add(row);
                }

                continue;
            }

            if (row.Name is null)
            {
                _diagnostics.Error(row.Location, $"指标{row.Code}缺少名称name（新增的指标须写明名称和分值）", $"indicator {row.Code} has no name (a new indicator needs a name and a weight)");
            }

            if (row.Weight is null)
            {
                _diagnostics.Error(row.Location, $"指标{row.Code}缺少分值weight", $"indicator {row.Code} has no weight");
            }

            if (row.Name is not null && row.Weight is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private Shape Tree(IReadOnlyList<IndicatorDocument> rows, decimal maximum)
    {
        var byCode = rows.DistinctBy(r => r.Code).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var children = byCode.Values.Where(r => IndicatorCode.Parent(r.Code) is not null)
            .GroupBy(r => IndicatorCode.Parent(r.Code)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (_partial)
        {
            return new Shape(byCode, children);
        }

        foreach (var row in rows)
        {
            if (IndicatorCode.Parent(row.Code) is { } parent && !byCode.ContainsKey(parent))
            {
                _diagnostics.Error(row.Location, $"指标{row.Code}的上级指标{parent}未定义", $"the parent {parent} of indicator {row.Code} is not defined");
            }

            var isLeaf = !children.ContainsKey(row.Code);
            if (isLeaf && row.Scoring is null)
            {
                _diagnostics.Error(row.Location,
                    $"末级指标{row.Code} {row.Name!.Chinese}没有计分方式scoring：请为它写scoring，或在其下添加指标",
                    $"leaf indicator {row.Code} {row.Name!.Get(Language.English)} has no scoring: give it one, or add indicators below it");
            }
            else if (isLeaf && row.Weight == 0m)
            {
                _diagnostics.Error(row.WeightLocation ?? row.Location, $"末级指标{row.Code}的分值为0，无从计分", $"leaf indicator {row.Code} weighs 0, so it has nothing to score");
            }
            else if (!isLeaf && row.Scoring is not null)
            {
                _diagnostics.Error(row.Scoring.Location,
                    $"指标{row.Code}有下级指标（{string.Join("、", children[row.Code].Select(c => c.Code))}），是分组指标，得分为下级之和，不能有计分方式scoring",
                    $"indicator {row.Code} has children ({string.Join(", ", children[row.Code].Select(c => c.Code))}), so it is a group scored as their sum: it cannot have scoring");
            }
            else if (!isLeaf && row.NotApplicable is not null)
            {
                _diagnostics.Error(row.NotApplicable.Location, $"分组指标{row.Code}不能有notApplicable：它随其下级指标", $"group {row.Code} cannot have notApplicable: it follows its children");
            }
        }

        foreach (var (code, list) in children)
        {
            if (byCode.TryGetValue(code, out var parent) && PointSums.Of(list, c => c.Weight!.Value) is var sum && sum != parent.Weight)
            {
                _diagnostics.Error(parent.WeightLocation ?? parent.Location,
                    $"指标{code} {parent.Name!.Chinese}的分值为{NodeReader.Format(parent.Weight!.Value)}，但其下级指标{string.Join("、", list.Select(c => c.Code))}的分值合计{NodeReader.Format(sum)}",
                    $"indicator {code} {parent.Name!.Get(Language.English)} weighs {NodeReader.Format(parent.Weight!.Value)}, but its children {string.Join(", ", list.Select(c => c.Code))} add up to {NodeReader.Format(sum)}");
            }
        }

        var roots = rows.Where(r => IndicatorCode.Parent(r.Code) is null).ToList();
        if (roots.Count > 0 && PointSums.Of(roots, r => r.Weight!.Value) is var total && total != maximum)
        {
            _diagnostics.Error(_document.MaximumScoreLocation ?? _document.Location,
                $"一级指标{string.Join("、", roots.Select(r => r.Code))}的分值合计{NodeReader.Format(total)}，不等于满分{NodeReader.Format(maximum)}",
                $"the level-1 indicators {string.Join(", ", roots.Select(r => r.Code))} add up to {NodeReader.Format(total)}, not the maximum score {NodeReader.Format(maximum)}");
        }

        return new Shape(byCode, children);
    }

    private List<CompiledReallocation> Reallocations(Shape tree, IReadOnlyDictionary<string, LocalizedText> names)
    {
        var compiled = new List<CompiledReallocation>();
        // Valued by a class, not a decimal: a dictionary over a value type is compiled anew in every process that loads a document.
        var movedOut = new Dictionary<string, MovedPoints>(StringComparer.Ordinal);
        for (var index = 0; index < _document.Reallocations.Count; index++)
        {
            var spec = _document.Reallocations[index];
            var what = new LocalizedText("分值调整条件", "reallocation condition");
            var when = Formula(spec.When!, FormulaType.Boolean, what, _labels, allowCalendar: false);
            var from = spec.From!;
            if (!tree.Rows.TryGetValue(from, out var source))
            {
                _diagnostics.Error(spec.FromLocation ?? spec.Location, $"分值调整的来源指标{from}不存在{Suggest(from, tree)}", $"the reallocation's source indicator {from} does not exist{SuggestEn(from, tree)}");
                continue;
            }

            if (!tree.IsLeaf(from))
            {
                _diagnostics.Error(spec.FromLocation ?? spec.Location, $"分值调整只能在末级指标之间进行，{from}是分组指标", $"points move only between leaf indicators, and {from} is a group");
                continue;
            }

            var parent = IndicatorCode.Parent(from);
            var receivers = spec.ToSiblings
                ? (parent is null ? tree.Rows.Values.Where(r => IndicatorCode.Parent(r.Code) is null) : tree.Children[parent]).Select(r => r.Code).Where(c => c != from).ToList()
                : [.. spec.To];
            var valid = true;
            foreach (var to in receivers)
            {
                if (!tree.Rows.ContainsKey(to))
                {
                    _diagnostics.Error(spec.ToLocation ?? spec.Location, $"分值调整的接收指标{to}不存在{Suggest(to, tree)}", $"the reallocation's receiving indicator {to} does not exist{SuggestEn(to, tree)}");
                    valid = false;
                }
                else if (!tree.IsLeaf(to))
                {
                    _diagnostics.Error(spec.ToLocation ?? spec.Location, $"分值调整只能在末级指标之间进行，{to}是分组指标", $"points move only between leaf indicators, and {to} is a group");
                    valid = false;
                }
                else if (to == from)
                {
                    _diagnostics.Error(spec.ToLocation ?? spec.Location, $"指标{from}不能把分值调整给自己", $"indicator {from} cannot move points to itself");
                    valid = false;
                }
            }

            if (receivers.Count == 0)
            {
                _diagnostics.Error(spec.ToLocation ?? spec.Location, $"指标{from}没有可接收分值的同级指标", $"indicator {from} has no sibling to receive its points");
                valid = false;
            }

            if (receivers.Distinct(StringComparer.Ordinal).Count() != receivers.Count)
            {
                _diagnostics.Error(spec.ToLocation ?? spec.Location, "接收指标重复", "a receiving indicator is named twice");
                valid = false;
            }

            var points = spec.Points ?? source.Weight!.Value;
            if (!movedOut.TryGetValue(from, out var moved))
            {
                moved = new MovedPoints();
                movedOut.Add(from, moved);
            }

            moved.Points += points;
            if (!valid || when is null)
            {
                continue;
            }

            IReadOnlyList<WeightTransfer> transfers = receivers.Count == 1
                ? [new WeightTransfer(from, receivers[0], points)]
                : new Reallocation([(from, points), .. receivers.Select(r => (r, tree.Rows[r].Weight!.Value))]).SpreadEvenly(from, receivers).Transfers;
            var toNames = string.Join("、", receivers);
            var name = $"分值调整 {spec.Id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}：{from} → {toNames}";
            var description = spec.Reason?.Chinese ?? $"当{when.Text}时，“{names[from].Chinese}”的{ReportFormat.Number(points)}分调整至{string.Join("、", receivers.Select(r => $"“{names[r].Chinese}”"))}";
            var fingerprint = new DeferredHash($"{when.Text}|{string.Join(";", transfers.Select(t => $"{t.From}>{t.To}:{t.Points}"))}");
            var rule = new ReallocationRule(name, description, when, Filter([when.Formula], [], null), transfers, fingerprint);
            compiled.Add(new CompiledReallocation(rule, new ReallocationCondition(when, spec.Reason, from, receivers)));
        }

        foreach (var (from, moved) in movedOut)
        {
            if (tree.Rows.TryGetValue(from, out var row) && moved.Points is var points && points > row.Weight)
            {
                _diagnostics.Error(row.WeightLocation ?? row.Location,
                    $"各项分值调整从指标{from}移出的分值合计{NodeReader.Format(points)}分，超过其分值{NodeReader.Format(row.Weight!.Value)}分",
                    $"the reallocations move {NodeReader.Format(points)} points out of indicator {from}, more than its {NodeReader.Format(row.Weight!.Value)}");
            }
        }

        return compiled;
    }

    private static string Suggest(string code, Shape tree) =>
        NameSuggestions.Closest(code, tree.Rows.Keys) is { } near ? $"，是否应为{near}？" : "";

    private static string SuggestEn(string code, Shape tree) =>
        NameSuggestions.Closest(code, tree.Rows.Keys) is { } near ? $" (did you mean {near}?)" : "";

    private IndicatorRule? Leaf(IndicatorDocument row, IReadOnlyList<CompiledReallocation> reallocations, IReadOnlyDictionary<string, LocalizedText> names)
    {
        var weight = row.Weight!.Value;
        var block = Block(row.Scoring!, weight, _labels);
        var checks = Checks(row.Scoring!.Checks, _labels);
        BoundFormula? notApplicable = null;
        BoundTemplate? notApplicableNote = null;
        if (row.NotApplicable is { } condition)
        {
            notApplicable = Formula(condition.When, FormulaType.Boolean, new LocalizedText("不适用条件", "the not-applicable condition"), _labels);
            notApplicableNote = condition.Note is null ? null : BoundTemplate.Compile(condition.Note, _cache, _labels, _diagnostics);
        }

        if (block is null || checks is null || (row.NotApplicable is not null && notApplicable is null) || (row.NotApplicable?.Note is not null && notApplicableNote is null))
        {
            return null;
        }

        var concerned = reallocations.Where(r => r.Condition.From == row.Code || r.Condition.To.Contains(row.Code)).Select(r => r.Condition).ToList();
        var formulas = block.Formulas
            .Concat(concerned.Select(r => r.When.Formula))
            .Concat(notApplicable is null ? [] : [notApplicable.Formula])
            .Concat(notApplicableNote?.Formulas ?? [])
            .Concat(checks.SelectMany(CheckFormulas));
        var plan = new LeafPlan(
            checks, block, notApplicable, row.NotApplicable?.Reason, notApplicableNote, concerned, names, Filter(formulas, block.OwnCodeFacts, row.Code), row.Fingerprint);
        var definition = new IndicatorDefinition(row.Code, row.Name!, weight, row.Criteria);
        return block is MetricBlock metric
            ? new DeclaredMetricIndicatorRule(definition, plan, metric, MetricAdjuster.For(metric.Metric.Formula, _cache))
            : new DeclaredIndicatorRule(definition, plan);
    }

    private IEnumerable<Formula> CheckFormulas(LeafCheck check) => check switch
    {
        ConditionCheck condition => [condition.When.Formula, .. condition.Problem.Message.Formulas],
        SingleFactCheck single => _cache.TryParse($"count({single.Type.Name})", out var reads, out _) ? [reads] : [],
        UniqueCheck unique => [unique.Reads, .. unique.Where is null ? [] : new[] { unique.Where.Formula }, .. unique.Message?.Formulas ?? []],
        _ => [],
    };

    private List<LeafCheck>? Checks(IReadOnlyList<CheckSpec> specs, LabelBook labels)
    {
        var checks = new List<LeafCheck>();
        var valid = true;
        foreach (var spec in specs)
        {
            switch (spec)
            {
                case SingleCheckSpec single when FactType(single.FactType, single.Location) is { } type:
                    checks.Add(new SingleFactCheck(type));
                    break;
                case UniqueCheckSpec unique when FactType(unique.FactType, unique.Location) is { } type:
                    if (!type.Fields.TryGetValue(unique.Field, out var field))
                    {
                        var suggestion = NameSuggestions.Closest(unique.Field, type.Fields.Keys);
                        _diagnostics.Error(unique.Location, $"{type.Name}没有字段“{unique.Field}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}", $"{type.Name} has no field '{unique.Field}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
                        valid = false;
                        break;
                    }

                    var uniqueWhere = unique.Where is null ? null : Formula(unique.Where, FormulaType.Boolean, new LocalizedText("唯一性检查的条件", "the unique check's condition"), labels, itemType: type.Name);
                    var uniqueMessage = unique.Message is null ? null : BoundTemplate.Compile(unique.Message, _cache, labels, _diagnostics);
                    _cache.TryParse($"count({type.Name})", out var uniqueReads, out _);
                    if ((unique.Where is null || uniqueWhere is not null) && (unique.Message is null || uniqueMessage is not null) && uniqueReads is not null)
                    {
                        checks.Add(new UniqueCheck(type, field, uniqueWhere, uniqueMessage, uniqueReads));
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                case ConditionCheckSpec condition:
                    var when = Formula(condition.When, FormulaType.Boolean, new LocalizedText("检查条件", "the check's condition"), labels);
                    var problem = Problem(condition.IsError, condition.FactType, condition.Field, condition.Message, condition.Location, labels);
                    if (when is not null && problem is not null)
                    {
                        checks.Add(new ConditionCheck(when, problem));
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                default:
                    valid = false;
                    break;
            }
        }

        return valid ? checks : null;
    }

    private DeclaredProblem? Problem(bool isError, string factType, string field, TemplateText message, Json.Location at, LabelBook labels)
    {
        var type = FactType(factType, at);
        if (type is not null && field != "*" && !type.Fields.ContainsKey(field) && !type.Type.GetProperties().Any(p => p.Name == field))
        {
            var suggestion = NameSuggestions.Closest(field, type.Fields.Keys);
            _diagnostics.Error(at, $"{factType}没有字段“{field}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}", $"{factType} has no field '{field}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
            type = null;
        }

        var template = BoundTemplate.Compile(message, _cache, labels, _diagnostics);
        return type is null || template is null ? null : new DeclaredProblem(isError, type.Name, field, template);
    }

    private FactTypeInfo? FactType(string name, Json.Location at)
    {
        if (_schema.TryGetFactType(name, out var type))
        {
            return type;
        }

        var suggestion = NameSuggestions.Closest(name, _schema.FactTypes);
        _diagnostics.Error(at, $"未知的事实类型“{name}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}；可用的事实类型：{string.Join("、", _schema.FactTypes)}",
            $"unknown fact type '{name}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; the fact types are: {string.Join(", ", _schema.FactTypes)}");
        return null;
    }

    private FactFilter Filter(IEnumerable<Formula> formulas, IEnumerable<Type> ownCode, string? code)
    {
        var types = formulas.SelectMany(f => f.References).Select(r => r.FactType).Distinct(StringComparer.Ordinal)
            .Select(name => _schema.TryGetFactType(name, out var info) ? info.Type : null)
            .OfType<Type>()
            .ToList();
        return new FactFilter(types, [.. ownCode.Except(types)], code);
    }

    private IScoringBlock? Block(ScoringSpec spec, decimal points, LabelBook inherited)
    {
        var labels = spec.Labels.Count > 0 ? LabelBook.Of(spec.Labels, _cache, _diagnostics, inherited) : inherited;
        IScoringBlock? block = spec switch
        {
            BandsSpec bands => Bands(bands, points, labels),
            StepsSpec steps => Steps(steps, points, labels),
            ProportionalSpec proportional => Proportional(proportional, points, labels),
            AverageSpec average => Average(average, points, labels),
            ChecklistSpec checklist => Checklist(checklist, points),
            FindingsSpec findings => Findings(findings, points),
            CasesSpec cases => Cases(cases, points, labels),
            DeductionsSpec deductions => Deductions(deductions, points, labels),
            DeadlineSpec deadline => Deadline(deadline, points, labels),
            EquivalentsSpec equivalents => Equivalents(equivalents, points, labels),
            FormulaSpec formula => FormulaBlock(formula, points, labels),
            PartsSpec parts => Parts(parts, points, inherited),
            _ => null,
        };
        foreach (var unused in labels.Unused(spec.Labels))
        {
            _diagnostics.Warning(unused.Location, $"名称“{unused.Key}”没有被本计分方式的任何公式读取：键是否写错？", $"the label \"{unused.Key}\" is not read by any formula of this scoring: is its key misspelt?");
        }

        return block;
    }

    private (BoundFormula Formula, Interval Domain)? Metric(MetricSpec metric, LabelBook labels)
    {
        var formula = Formula(metric.Formula, FormulaType.Decimal, metric.Name, labels);
        if (metric.Display is not { } display)
        {
            return formula is null ? null : (formula, metric.Domain ?? Interval.Unbounded);
        }

        // The formula shown replaces the computing one's inputs and arithmetic in notes; it must read the same values.
        var shown = Formula(display, FormulaType.Decimal, metric.Name, labels);
        if (formula is null || shown is null)
        {
            return null;
        }

        var extra = shown.Formula.References.Except(formula.Formula.References).ToList();
        if (extra.Count > 0)
        {
            _diagnostics.Error(display.Location,
                $"显示公式display读取了计算公式没有读取的值：{string.Join("、", extra.Select(r => $"{r.FactType}.{r.Field}"))}",
                $"the display formula reads values the formula does not: {string.Join(", ", extra.Select(r => $"{r.FactType}.{r.Field}"))}");
            return null;
        }

        return (new BoundFormula(formula.Formula, shown.Inputs, formula.What), metric.Domain ?? Interval.Unbounded);
    }

    private BandsBlock? Bands(BandsSpec spec, decimal points, LabelBook labels)
    {
        var metric = Metric(spec.Metric, labels);
        var valid = true;
        for (var i = 0; i < spec.Bands.Count; i++)
        {
            var band = spec.Bands[i];
            if (band.Points > points)
            {
                _diagnostics.Error(band.Location, $"分档得{NodeReader.Format(band.Points)}分，超过本指标的{NodeReader.Format(points)}分", $"the band scores {NodeReader.Format(band.Points)}, more than the indicator's {NodeReader.Format(points)} points");
                valid = false;
            }

            for (var j = 0; j < i; j++)
            {
                if (spec.Bands[j].Range.Overlaps(band.Range))
                {
                    _diagnostics.Error(band.Location,
                        $"分档{band.Range.ToPercentString()}与第{j + 1}档{spec.Bands[j].Range.ToPercentString()}重叠，同一个值会得两种分数：共用的端点应在一档中包含、在另一档中不包含",
                        $"the band {band.Range} overlaps band {j + 1}, {spec.Bands[j].Range}, so a value could score twice: make each shared bound inclusive in one band and exclusive in the other");
                    valid = false;
                }
            }
        }

        if (!valid || metric is null)
        {
            return null;
        }

        var scale = new BandScale(spec.Bands.Select(b => new Band(b.Range, b.Points)));
        return new BandsBlock(metric.Value.Formula, spec.Metric.Name, spec.Metric.Unit, metric.Value.Domain, spec.Metric.Direction ?? Direction(scale), spec.Metric.StateInputs, scale, points);
    }

    // Bands in order of their start: points that never fall mean higher is better, never rise lower is better.
    private static MetricDirection Direction(BandScale scale)
    {
        var ordered = scale.Bands.OrderBy(b => b.Interval.Start ?? decimal.MinValue).ThenBy(b => b.Interval.IncludesStart ? 0 : 1).Select(b => b.Points).ToList();
        var pairs = ordered.Zip(ordered.Skip(1)).ToList();
        return pairs.All(p => p.First <= p.Second) ? MetricDirection.HigherIsBetter
            : pairs.All(p => p.First >= p.Second) ? MetricDirection.LowerIsBetter
            : MetricDirection.NotMonotone;
    }

    private StepsBlock? Steps(StepsSpec spec, decimal points, LabelBook labels)
    {
        var metric = Metric(spec.Metric, labels);
        return metric is null
            ? null
            : new StepsBlock(metric.Value.Formula, spec.Metric.Name, spec.Metric.Unit, metric.Value.Domain, spec.Metric.StateInputs,
                new StepScale(spec.Threshold, spec.Step, spec.PointsPerStep, points, spec.Counting));
    }

    private ProportionalBlock? Proportional(ProportionalSpec spec, decimal points, LabelBook labels)
    {
        var numerator = Formula(spec.Numerator, FormulaType.Decimal, new LocalizedText($"{spec.Name.Chinese}的分子", $"the numerator of {spec.Name.Get(Language.English)}"), labels);
        var denominator = Formula(spec.Denominator, FormulaType.Decimal, new LocalizedText($"{spec.Name.Chinese}的分母", $"the denominator of {spec.Name.Get(Language.English)}"), labels);
        if (numerator is null || denominator is null)
        {
            return null;
        }

        var ratio = FormulaInputs.Of(new BinaryNode(BinaryOperator.Divide, numerator.Formula.Syntax, denominator.Formula.Syntax, 0, 0, 0), _cache, labels);
        return new ProportionalBlock(spec.Name, numerator, denominator, ratio, spec.WhenExceeded, spec.WhenBothZero, points);
    }

    private AverageBlock? Average(AverageSpec spec, decimal points, LabelBook labels)
    {
        var results = spec.Results.Select((r, i) => Formula(r, FormulaType.Decimal, new LocalizedText($"{spec.Name.Chinese}的第{i + 1}项结果", $"result {i + 1} of {spec.Name.Get(Language.English)}"), labels)).ToList();
        return results.Any(r => r is null) ? null : new AverageBlock(spec.Name, spec.FullMark, results!, points);
    }

    private ChecklistBlock? Checklist(ChecklistSpec spec, decimal points)
    {
        var sum = PointSums.Of(spec.Items, i => i.Points);
        if (sum != points)
        {
            _diagnostics.Error(spec.Location,
                $"评分要点的分值合计{NodeReader.Format(sum)}分，与本指标的{NodeReader.Format(points)}分不符",
                $"the checklist items add up to {NodeReader.Format(sum)} points, not the indicator's {NodeReader.Format(points)}");
            return null;
        }

        var checklist = new Checklist(spec.Items.Select(i => new ChecklistItem(i.Key, i.Label, i.Points)));
        return new ChecklistBlock(checklist, spec.LargestFinding ?? checklist.Items.Max(i => i.Points), spec.QuoteMetNotes);
    }

    private FindingsBlock? Findings(FindingsSpec spec, decimal points)
    {
        if (spec.LargestFinding > points)
        {
            _diagnostics.Error(spec.Location, $"一项扣分最多可扣{NodeReader.Format(spec.LargestFinding.Value)}分，超过本指标的{NodeReader.Format(points)}分", $"largestFinding is {NodeReader.Format(spec.LargestFinding.Value)}, more than the indicator's {NodeReader.Format(points)} points");
            return null;
        }

        (FactTypeInfo, FieldAccessor)? cited = null;
        Formula? reads = null;
        if (spec.EvidenceMustCite is { } cite)
        {
            var parts = cite.Text.Split('.');
            if (parts.Length != 2 || !_schema.TryGetFactType(parts[0], out var type) || !type.Fields.TryGetValue(parts[1], out var field) || field.Type != FormulaType.String)
            {
                _diagnostics.Error(cite.Location, $"evidenceMustCite应为事实类型和它的一个文本字段，如ExternalAssessment.Name，实际是“{cite.Text}”",
                    $"evidenceMustCite must be a fact type and one of its text fields, such as ExternalAssessment.Name, not \"{cite.Text}\"");
                return null;
            }

            cited = (type, field);
            _cache.TryParse($"count({type.Name})", out reads, out _);
        }

        return new FindingsBlock(points, spec.LargestFinding ?? points, spec.RequireEvidence, spec.CiteEvidence, cited, reads);
    }

    private CasesBlock? Cases(CasesSpec spec, decimal points, LabelBook labels)
    {
        var cases = new List<CasesBlock.Case>();
        var valid = true;
        foreach (var item in spec.Cases)
        {
            var when = item.When is null ? null : Formula(item.When, FormulaType.Boolean, new LocalizedText("情形的条件", "the case's condition"), labels);
            var note = item.Note is null ? null : BoundTemplate.Compile(item.Note, _cache, labels, _diagnostics);
            valid &= (item.When is null || when is not null) && (item.Note is null || note is not null);
            if (item.Problem is { } problemSpec)
            {
                var problem = Problem(problemSpec.IsError, problemSpec.FactType, problemSpec.Field, problemSpec.Message, problemSpec.Location, labels);
                valid &= problem is not null;
                cases.Add(new CasesBlock.Case(when, null, null, null, false, null, null, null, null, problem));
                continue;
            }

            if (item.Scoring is { } scoring)
            {
                var nested = Block(scoring, points, labels);
                valid &= nested is not null;
                cases.Add(new CasesBlock.Case(when, null, null, note, false, null, null, null, nested, null));
                continue;
            }

            var (number, formula) = Points(item.Points!, points, labels);
            var reason = item.Deduction?.Reason is { } r ? BoundTemplate.Compile(r, _cache, labels, _diagnostics, reason: true) : null;
            var evidence = item.Deduction?.Evidence is { } e ? Formula(e, FormulaType.String, new LocalizedText("扣分的证据", "the deduction's evidence"), labels) : null;
            CasesBlock.CaseMetric? metric = null;
            if (item.Metric is { } m)
            {
                if (m.Domain is not null || m.Direction is not null)
                {
                    _diagnostics.Error(m.Location, "情形的metric只写name、formula和unit：取值范围和方向属于bands和steps", "a case's metric takes only name, formula and unit: domain and direction belong to bands and steps");
                    valid = false;
                }
                else if (Formula(m.Formula, FormulaType.Decimal, m.Name, labels) is { } metricFormula)
                {
                    metric = new CasesBlock.CaseMetric(m.Name, metricFormula, m.Unit);
                }
                else
                {
                    valid = false;
                }
            }

            valid &= (number is not null || formula is not null) && (item.Deduction?.Reason is null || reason is not null) && (item.Deduction?.Evidence is null || evidence is not null);
            cases.Add(new CasesBlock.Case(when, number, formula, note, item.Deduction?.Judged ?? false, reason, evidence, metric, null, null));
        }

        return valid ? new CasesBlock(cases, points) : null;
    }

    private (decimal? Number, BoundFormula? Formula) Points(PointsSpec spec, decimal available, LabelBook labels, string? itemType = null)
    {
        if (spec.Number is { } number)
        {
            if (number > available)
            {
                _diagnostics.Error(spec.Location, $"得{NodeReader.Format(number)}分，超过本指标的{NodeReader.Format(available)}分", $"{NodeReader.Format(number)} points is more than the indicator's {NodeReader.Format(available)} points");
                return (null, null);
            }

            return (number, null);
        }

        return (null, Formula(spec.Formula!, FormulaType.Decimal, new LocalizedText("得分公式", "the points formula"), labels, itemType: itemType));
    }

    private DeductionsBlock? Deductions(DeductionsSpec spec, decimal points, LabelBook labels)
    {
        var items = new List<DeductionsBlock.Item>();
        var valid = true;
        foreach (var item in spec.Items)
        {
            switch (item)
            {
                case DeductionRuleSpec rule:
                    if (Rule(rule, labels, null) is { } bound)
                    {
                        items.Add(bound);
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                case ForEachSpec each:
                    if (FactType(each.FactType, each.Location) is not { } type)
                    {
                        valid = false;
                        break;
                    }

                    var where = each.Where is null ? null : Formula(each.Where, FormulaType.Boolean, new LocalizedText("逐项扣分的条件", "the forEach condition"), labels, itemType: type.Name);
                    var order = new List<FieldAccessor>();
                    foreach (var name in each.OrderBy)
                    {
                        if (type.Fields.TryGetValue(name, out var field))
                        {
                            order.Add(field);
                        }
                        else
                        {
                            _diagnostics.Error(each.Location, $"{type.Name}没有字段“{name}”", $"{type.Name} has no field '{name}'");
                            valid = false;
                        }
                    }

                    var rules = each.Rules.Select(r => Rule(r, labels, type.Name)).ToList();
                    _cache.TryParse($"count({type.Name})", out var reads, out _);
                    if ((each.Where is null || where is not null) && rules.All(r => r is not null) && reads is not null)
                    {
                        items.Add(new DeductionsBlock.Each(type, where, order, [.. rules.OfType<DeductionsBlock.Rule>()], reads));
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
            }
        }

        var note = spec.Note is null ? null : BoundTemplate.Compile(spec.Note, _cache, labels, _diagnostics);
        var whenNone = spec.WhenNone is null ? null : BoundTemplate.Compile(spec.WhenNone, _cache, labels, _diagnostics);
        return valid && (spec.Note is null || note is not null) && (spec.WhenNone is null || whenNone is not null)
            ? new DeductionsBlock(items, note, whenNone, spec.Subject, points)
            : null;
    }

    private DeductionsBlock.Rule? Rule(DeductionRuleSpec spec, LabelBook labels, string? itemType)
    {
        var when = spec.When is null ? null : Formula(spec.When, FormulaType.Boolean, new LocalizedText("扣分条件", "the deduction's condition"), labels, itemType: itemType);
        var (number, formula) = spec.Points.Number is { } n ? (n, null) : Points(spec.Points, decimal.MaxValue, labels, itemType);
        var reason = BoundTemplate.Compile(spec.Reason, _cache, labels, _diagnostics, itemType, reason: true);
        return (spec.When is not null && when is null) || (number is null && formula is null) || reason is null
            ? null
            : new DeductionsBlock.Rule(when, number, formula, reason, spec.Judged);
    }

    private DeadlineBlock? Deadline(DeadlineSpec spec, decimal points, LabelBook labels)
    {
        var actual = Formula(spec.Actual, FormulaType.Date, new LocalizedText($"{spec.Subject.Chinese}的实际日期", $"the date of {spec.Subject.Get(Language.English)}"), labels);
        var approved = spec.Approved is null ? null : Formula(spec.Approved, FormulaType.Date, new LocalizedText($"{spec.Subject.Chinese}的批复日期", $"the approval date of {spec.Subject.Get(Language.English)}"), labels);
        var due = spec.DueDate is null ? null : Formula(spec.DueDate, FormulaType.Date, new LocalizedText($"{spec.Subject.Chinese}的截止日期", $"the due date of {spec.Subject.Get(Language.English)}"), labels);
        var onTime = spec.OnTime ?? points;
        var valid = true;
        foreach (var (value, name) in new[] { (onTime, "onTime"), (spec.Late, "late"), (spec.NotDone ?? 0m, "notDone") })
        {
            if (value > points)
            {
                _diagnostics.Error(spec.Location, $"{name}得{NodeReader.Format(value)}分，超过本指标的{NodeReader.Format(points)}分", $"{name} scores {NodeReader.Format(value)}, more than the indicator's {NodeReader.Format(points)} points");
                valid = false;
            }
        }

        if (!valid || actual is null || (spec.Approved is not null && approved is null) || (spec.DueDate is not null && due is null))
        {
            return null;
        }

        return new DeadlineBlock(spec.Subject, actual, approved, spec.Limit, spec.Days, spec.FixedDate, due, onTime, spec.Late, spec.NotDone, points);
    }

    private EquivalentsBlock? Equivalents(EquivalentsSpec spec, decimal points, LabelBook labels)
    {
        var label = Formula(spec.Label, FormulaType.String, new LocalizedText($"{spec.Name.Chinese}的结果", $"the result of {spec.Name.Get(Language.English)}"), labels);
        var others = spec.AverageWith.Select((a, i) => Formula(a, FormulaType.Decimal, new LocalizedText($"{spec.Name.Chinese}的第{i + 2}项结果", $"result {i + 2} of {spec.Name.Get(Language.English)}"), labels)).ToList();
        var limit = spec.FullMark ?? points;
        var valid = true;
        foreach (var entry in spec.Table.Where(e => e.Score > limit))
        {
            _diagnostics.Error(entry.Location,
                spec.FullMark is null ? $"“{entry.Label}”视同{NodeReader.Format(entry.Score)}分，超过本指标的{NodeReader.Format(points)}分（未写fullMark时，表中的值即得分）" : $"“{entry.Label}”视同{NodeReader.Format(entry.Score)}分，超过满分fullMark {NodeReader.Format(limit)}",
                spec.FullMark is null ? $"\"{entry.Label}\" counts as {NodeReader.Format(entry.Score)}, more than the indicator's {NodeReader.Format(points)} points (without fullMark the table gives points)" : $"\"{entry.Label}\" counts as {NodeReader.Format(entry.Score)}, more than fullMark {NodeReader.Format(limit)}");
            valid = false;
        }

        if (!valid || label is null || others.Any(o => o is null))
        {
            return null;
        }

        return new EquivalentsBlock(spec.Name, label, new EquivalentScale(spec.Table.Select(e => new KeyValuePair<string, decimal>(e.Label, e.Score))), spec.FullMark, others!, points);
    }

    private FormulaBlock? FormulaBlock(FormulaSpec spec, decimal points, LabelBook labels)
    {
        var formula = Formula(spec.Points, FormulaType.Decimal, new LocalizedText("计分公式", "the scoring formula"), labels);
        return formula is null ? null : new FormulaBlock(formula, spec.Clamp, points);
    }

    private PartsBlock? Parts(PartsSpec spec, decimal points, LabelBook labels)
    {
        var sum = PointSums.Of(spec.Parts, p => p.Points);
        if (sum != points)
        {
            _diagnostics.Error(spec.Location,
                $"各组成部分的分值合计{NodeReader.Format(sum)}分，与本指标的{NodeReader.Format(points)}分不符",
                $"the parts add up to {NodeReader.Format(sum)} points, not the indicator's {NodeReader.Format(points)}");
        }

        var parts = new List<PartsBlock.Part>();
        foreach (var part in spec.Parts)
        {
            if (part.Points == 0m)
            {
                _diagnostics.Error(part.Location, $"组成部分“{part.Key}”的分值为0", $"the part \"{part.Key}\" weighs 0");
                continue;
            }

            var block = Block(part.Scoring, part.Points, labels);
            var condition = part.NotApplicable is null ? null : Formula(part.NotApplicable.When, FormulaType.Boolean, new LocalizedText($"{part.Name.Chinese}的不适用条件", $"the not-applicable condition of {part.Name.Get(Language.English)}"), labels);
            var note = part.NotApplicable?.Note is { } template ? BoundTemplate.Compile(template, _cache, labels, _diagnostics) : null;
            if (block is not null && (part.NotApplicable is null || condition is not null) && (part.NotApplicable?.Note is null || note is not null))
            {
                parts.Add(new PartsBlock.Part(part.Key, part.Name, block, condition, part.NotApplicable?.Reason, note));
            }
        }

        return sum != points || parts.Count != spec.Parts.Count ? null : new PartsBlock(parts, spec.NameParts);
    }

    private GradeScale? Grades()
    {
        if (_document.Grades is not { } grades)
        {
            return null;
        }

        var valid = true;
        for (var i = 0; i < grades.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (grades[j].Range.Overlaps(grades[i].Range))
                {
                    _diagnostics.Error(grades[i].Location,
                        $"等级“{grades[i].Grade.ChineseName}”{grades[i].Range}与等级“{grades[j].Grade.ChineseName}”{grades[j].Range}重叠，同一总分会有两个等级",
                        $"grade {grades[i].Grade.EnglishName} {grades[i].Range} overlaps grade {grades[j].Grade.EnglishName} {grades[j].Range}, so a total could have two grades");
                    valid = false;
                }
            }
        }

        return valid && grades.Count > 0 ? new GradeScale(grades.Select(g => new GradeBand(g.Range, g.Grade))) : null;
    }

    private AdjustmentPolicy? Adjustments(decimal maximum)
    {
        if (_document.Adjustments is not { } spec)
        {
            return null;
        }

        var top = spec.MaximumTotal ?? maximum;
        if (top < spec.MinimumTotal)
        {
            _diagnostics.Error(spec.Location, "总分上限小于总分下限", "maximumTotal is below minimumTotal");
            return null;
        }

        return new AdjustmentPolicy(spec.BonusPerItem, spec.BonusCap, spec.PenaltyPerItem, spec.PenaltyCap, top, spec.MinimumTotal);
    }

    /// <summary>Parses and checks a formula; every problem is reported at its character in the document.</summary>
    private BoundFormula? Formula(FormulaText text, FormulaType expected, LocalizedText what, LabelBook labels, bool allowCalendar = true, string? itemType = null)
    {
        if (!_cache.TryParseForEach(text.Text, itemType, out var formula, out var errors))
        {
            foreach (var error in errors)
            {
                _diagnostics.Error(text.Node.LocationOfCharacter(error.Position),
                    $"{what.Chinese}的公式有误：{error.Describe()}",
                    $"the formula of {what.Get(Language.English)} is wrong: {error.Describe(Language.English)}");
            }

            return null;
        }

        if (formula.ResultType != expected)
        {
            _diagnostics.Error(text.Location,
                $"{what.Chinese}的公式应得出{FormulaTypeNames.Chinese(expected)}，但“{text.Text}”得出{FormulaTypeNames.Chinese(formula.ResultType)}",
                $"the formula of {what.Get(Language.English)} should give {FormulaTypeNames.English(expected)}, but \"{text.Text}\" gives {FormulaTypeNames.English(formula.ResultType)}");
            return null;
        }

        if (!allowCalendar && formula.RequiresCalendar)
        {
            _diagnostics.Error(text.Location,
                $"{what.Chinese}不能使用workdays：分值调整条件在没有工作日历的地方计算，请改用days或在事实中给出结论",
                $"{what.Get(Language.English)} cannot use workdays: reallocation conditions are evaluated without a working-day calendar; use days, or state the conclusion in a fact");
            return null;
        }

        return new BoundFormula(formula, _cache.InputsOf(formula, labels), what);
    }

    private sealed record CompiledReallocation(ReallocationRule Rule, ReallocationCondition Condition);

    /// <summary>The points the reallocations move out of one indicator, so far.</summary>
    private sealed class MovedPoints
    {
        public decimal Points { get; set; }
    }

    private sealed record Shape(IReadOnlyDictionary<string, IndicatorDocument> Rows, IReadOnlyDictionary<string, List<IndicatorDocument>> Children)
    {
        public bool IsLeaf(string code) => !Children.ContainsKey(code);
    }
}
