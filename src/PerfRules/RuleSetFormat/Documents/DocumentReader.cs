using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// Reads the tree of a rule-set document into a <see cref="RuleSetDocument"/>, checking its shape: required and unknown
/// properties, types, codes, intervals, limits. Formulas stay text here; they are parsed when the document is built,
/// against the fact types the host allows.
/// </summary>
internal sealed class DocumentReader
{
    private readonly NodeReader _read;
    private readonly string? _source;
    private readonly List<FormulaText> _formulas = [];
    private bool _extends;
    private bool _checksAllowed;

    private DocumentReader(Diagnostics diagnostics, string? source)
    {
        _read = new NodeReader(diagnostics);
        _source = source;
    }

    private Diagnostics Diagnostics => _read.Diagnostics;

    /// <summary>
    /// Reads a document. When its shape is wrong the problems are in <paramref name="diagnostics"/> and the document holds
    /// what could be read, so that the checks of the formulas and codes that were read can still run; null when the text
    /// is not a JSON object at all.
    /// </summary>
    public static RuleSetDocument? Read(string json, string? source, Diagnostics diagnostics)
    {
        var root = DocReader.Read(json, source, diagnostics);
        return root is null ? null : new DocumentReader(diagnostics, source).Document(root);
    }

    private RuleSetDocument? Document(DocNode root)
    {
        if (!_read.Object(root, "规则集", "a rule set",
            "formatVersion", "id", "version", "name", "extends", "jurisdiction", "effectiveYear", "maximumScore", "rounding",
            "grades", "adjustments", "convertOverApplicablePoints", "labels", "indicators", "reallocations"))
        {
            return null;
        }

        if (root["formatVersion"] is { } format && _read.Integer(format, 1, int.MaxValue) is { } version && version != 1)
        {
            Diagnostics.Error(format, $"不支持格式版本{version}：本库读取的是格式版本1", $"format version {version} is not supported: this library reads format version 1");
        }

        var id = _read.String(_read.Required(root, "id", "规则集", "a rule set"));
        if (id is not null && !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            Diagnostics.Error(root["id"]!, $"规则集标识“{id}”只能包含英文字母、数字和 . - _", $"the id \"{id}\" may contain only English letters, digits and . - _");
        }

        var extends = _read.String(root["extends"]);
        _extends = root.Has("extends");
        var versionText = _read.String(_read.Required(root, "version", "规则集", "a rule set"));
        var name = _extends ? _read.Text(root["name"]) : _read.Text(_read.Required(root, "name", "规则集", "a rule set"));
        var jurisdiction = _read.String(root["jurisdiction"]);
        var year = _read.Integer(root["effectiveYear"], 1900, 2200);
        var maximum = _read.Positive(root["maximumScore"]);
        Rounding(root["rounding"]);
        var grades = Grades(root["grades"]);
        var adjustments = Adjustments(root["adjustments"]);
        var convert = _read.Boolean(root["convertOverApplicablePoints"]);
        var labels = Labels(root["labels"]);
        var indicatorsNode = _extends ? root["indicators"] : _read.Required(root, "indicators", "规则集", "a rule set");
        var indicators = Indicators(indicatorsNode);
        var reallocations = Reallocations(root["reallocations"]);
        return new RuleSetDocument(
            _source, id ?? "?", versionText, name, extends, jurisdiction, year, maximum, convert, grades, adjustments, labels, indicators, reallocations,
            _formulas, root.Location, root["extends"]?.Location, root["maximumScore"]?.Location);
    }

    private void Rounding(DocNode? node)
    {
        if (node is null || !_read.Object(node, "舍入规则", "rounding", "mode", "decimals"))
        {
            return;
        }

        var mode = _read.String(_read.Required(node, "mode", "舍入规则", "rounding"));
        var decimals = _read.Number(_read.Required(node, "decimals", "舍入规则", "rounding"));
        if (mode is not null && mode != "halfAwayFromZero")
        {
            Diagnostics.Error(node["mode"]!,
                $"不支持舍入方式“{mode}”：PerfRules的得分一律四舍五入（halfAwayFromZero）保留两位小数，与评价报告一致",
                $"the rounding mode \"{mode}\" is not supported: PerfRules rounds every score half away from zero (halfAwayFromZero) to 2 places, as the reports do");
        }

        if (decimals is not null && decimals != ScoreRounding.Decimals)
        {
            Diagnostics.Error(node["decimals"]!,
                $"不支持保留{NodeReader.Format(decimals.Value)}位小数：PerfRules的得分一律四舍五入保留两位小数",
                $"{NodeReader.Format(decimals.Value)} decimal places are not supported: PerfRules rounds every score half away from zero to 2 places");
        }
    }

    private List<GradeSpec>? Grades(DocNode? node)
    {
        var items = _read.Array(node, "等级", "grades", 20);
        if (items is null)
        {
            return null;
        }

        var grades = new List<GradeSpec>();
        foreach (var item in items)
        {
            if (!_read.Object(item, "等级", "a grade", "grade", "range"))
            {
                continue;
            }

            var text = _read.Text(_read.Required(item, "grade", "等级", "a grade"));
            var range = _read.Interval(_read.Required(item, "range", "等级", "a grade"));
            if (text is not null && range is not null)
            {
                grades.Add(new GradeSpec(range, new Grade(text.Chinese, text.English ?? DefaultEnglish(text.Chinese)), item.Location));
            }
        }

        return grades;
    }

    private static string DefaultEnglish(string chinese) => chinese switch
    {
        "优" => Grade.Excellent.EnglishName,
        "良" => Grade.Good.EnglishName,
        "中" => Grade.Fair.EnglishName,
        "差" => Grade.Poor.EnglishName,
        _ => chinese,
    };

    private AdjustmentsSpec? Adjustments(DocNode? node)
    {
        const string Zh = "加减分项";
        const string En = "adjustments";
        if (node is null || !_read.Object(node, Zh, En, "bonusPerItem", "bonusCap", "penaltyPerItem", "penaltyCap", "maximumTotal", "minimumTotal"))
        {
            return null;
        }

        var bonusPerItem = _read.NonNegative(_read.Required(node, "bonusPerItem", Zh, En));
        var bonusCap = _read.NonNegative(_read.Required(node, "bonusCap", Zh, En));
        var penaltyPerItem = _read.NonNegative(_read.Required(node, "penaltyPerItem", Zh, En));
        var penaltyCap = _read.NonNegative(_read.Required(node, "penaltyCap", Zh, En));
        var maximum = _read.NonNegative(node["maximumTotal"]);
        var minimum = _read.NonNegative(node["minimumTotal"]) ?? 0m;
        if (maximum < minimum)
        {
            Diagnostics.Error(node["maximumTotal"]!, "总分上限小于总分下限", "maximumTotal is below minimumTotal");
            return null;
        }

        return bonusPerItem is null || bonusCap is null || penaltyPerItem is null || penaltyCap is null
            ? null
            : new AdjustmentsSpec(bonusPerItem.Value, bonusCap.Value, penaltyPerItem.Value, penaltyCap.Value, maximum, minimum, node.Location);
    }

    private List<LabelSpec> Labels(DocNode? node)
    {
        var labels = new List<LabelSpec>();
        if (node is null)
        {
            return labels;
        }

        if (node.Kind != DocNodeKind.Object)
        {
            _read.Wrong(node, "对象（以公式中读取的值为键，如\"BudgetExecution.ActualExpenditure\"）", "an object keyed by what formulas read, e.g. \"BudgetExecution.ActualExpenditure\"");
            return labels;
        }

        foreach (var property in node.Properties.Where(p => p.Name is not ("$comment" or "$schema")))
        {
            var value = property.Value;
            if (value.Kind == DocNodeKind.String)
            {
                if (_read.String(value) is { } chinese)
                {
                    labels.Add(new LabelSpec(property.Name, new LocalizedText(chinese), null, property.NameLocation));
                }

                continue;
            }

            if (!_read.Object(value, "名称", "a label", "zh", "en", "unit"))
            {
                continue;
            }

            var zh = _read.String(_read.Required(value, "zh", "名称", "a label"));
            var en = _read.String(value["en"]);
            var unit = _read.Unit(value["unit"]);
            if (zh is not null)
            {
                labels.Add(new LabelSpec(property.Name, new LocalizedText(zh, en), unit, property.NameLocation));
            }
        }

        return labels;
    }

    private List<IndicatorDocument> Indicators(DocNode? node)
    {
        var rows = new List<IndicatorDocument>();
        var items = _read.Array(node, "指标", "indicators", RuleSetJson.MaxIndicators, allowEmpty: _extends);
        if (items is null)
        {
            return rows;
        }

        foreach (var item in items)
        {
            if (Indicator(item) is { } row)
            {
                rows.Add(row);
            }
        }

        foreach (var duplicate in rows.GroupBy(r => r.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = duplicate.First().Location;
            foreach (var again in duplicate.Skip(1))
            {
                Diagnostics.Error(again.Location, $"指标编码{duplicate.Key}重复（第一次在第{first.Line}行，{first.Path}）", $"the indicator code {duplicate.Key} is repeated (first at line {first.Line}, {first.Path})");
            }
        }

        return rows;
    }

    private IndicatorDocument? Indicator(DocNode node)
    {
        const string Zh = "指标";
        const string En = "an indicator";
        if (!_read.Object(node, Zh, En, "code", "name", "weight", "criteria", "scoring", "notApplicable", "remove"))
        {
            return null;
        }

        var code = _read.String(_read.Required(node, "code", Zh, En));
        if (code is not null && !PerfRules.Indicators.IndicatorCode.IsValid(code))
        {
            Diagnostics.Error(node["code"]!, $"“{code}”不是指标编码：编码由点分隔的正整数组成，如2.1.2", $"\"{code}\" is not an indicator code: use positive numbers separated by dots, such as 2.1.2");
            code = null;
        }

        var remove = _read.Boolean(node["remove"]) ?? false;
        if (node.Has("remove") && !_extends)
        {
            Diagnostics.Error(node["remove"]!, "只有扩展其他规则集（extends）的文件才能删除指标", "only a document that extends another can remove an indicator");
        }

        if (remove)
        {
            foreach (var property in node.Properties.Where(p => p.Name is not ("code" or "remove" or "$comment")))
            {
                Diagnostics.Error(property.NameLocation, $"被删除的指标只需写code和remove，不应有“{property.Name}”", $"a removed indicator needs only code and remove, not \"{property.Name}\"");
            }

            return code is null ? null : new IndicatorDocument(code, null, null, null, null, null, true, node.Location, null, new Building.DeferredHash(node));
        }

        var name = _extends ? _read.Text(node["name"]) : _read.Text(_read.Required(node, "name", Zh, En));
        var weight = _extends ? _read.NonNegative(node["weight"]) : _read.NonNegative(_read.Required(node, "weight", Zh, En));
        var criteria = _read.Text(node["criteria"]);
        var scoring = node["scoring"] is { } scoringNode ? LeafScoring(scoringNode) : null;
        var notApplicable = node["notApplicable"] is { } condition ? Condition(condition) : null;
        if (notApplicable is not null && !node.Has("scoring") && !_extends)
        {
            Diagnostics.Error(node["notApplicable"]!, "只有末级指标（有scoring）才能不适用：分组指标随其下级", "only a leaf (with scoring) can be not applicable: a group follows its children");
        }

        return code is null ? null : new IndicatorDocument(code, name, weight, criteria, scoring, notApplicable, false, node.Location, node["weight"]?.Location, new Building.DeferredHash(node));
    }

    private ConditionSpec? Condition(DocNode node)
    {
        if (!_read.Object(node, "不适用条件", "notApplicable", "when", "reason", "note"))
        {
            return null;
        }

        var when = Formula(_read.Required(node, "when", "不适用条件", "notApplicable"));
        var reason = _read.Text(_read.Required(node, "reason", "不适用条件", "notApplicable"));
        var note = _read.Template(node["note"]);
        return when is null || (node.Has("note") && note is null) ? null : new ConditionSpec(when, reason, note, node.Location);
    }

    private FormulaText? Formula(DocNode? node)
    {
        var formula = _read.Formula(node);
        if (formula is not null)
        {
            _formulas.Add(formula);
        }

        return formula;
    }

    // A leaf's own block: any kind, with the checks its facts must pass.
    private ScoringSpec? LeafScoring(DocNode node)
    {
        _checksAllowed = true;
        var spec = Scoring(node, allowParts: true);
        _checksAllowed = false;
        if (spec is null || node.Kind != DocNodeKind.Object || node["checks"] is not { } checksNode)
        {
            return spec;
        }

        var checks = Checks(checksNode);
        return checks is null ? null : spec with { Checks = checks };
    }

    private List<CheckSpec>? Checks(DocNode node)
    {
        var items = _read.Array(node, "检查", "checks", RuleSetJson.MaxChecks);
        if (items is null)
        {
            return null;
        }

        var checks = new List<CheckSpec>();
        foreach (var item in items)
        {
            const string Zh = "检查";
            const string En = "a check";
            if (item.Kind == DocNodeKind.Object && item.Has("single"))
            {
                if (_read.Object(item, Zh, En, "single") && _read.String(item["single"]) is { } single)
                {
                    checks.Add(new SingleCheckSpec(single, item["single"]!.Location));
                }

                continue;
            }

            if (item.Kind == DocNodeKind.Object && item.Has("unique"))
            {
                if (_read.Object(item, Zh, En, "unique", "where", "message") && _read.String(item["unique"]) is { } unique)
                {
                    var where = Formula(item["where"]);
                    var text = _read.Template(item["message"]);
                    var dot = unique.IndexOf('.', StringComparison.Ordinal);
                    if (dot <= 0 || dot == unique.Length - 1)
                    {
                        Diagnostics.Error(item["unique"]!, $"unique应写成“事实类型.字段”，如BudgetLineItem.Name，实际是“{unique}”", $"unique must be written FactType.Field, such as BudgetLineItem.Name, not \"{unique}\"");
                    }
                    else if ((where is not null || !item.Has("where")) && (text is not null || !item.Has("message")))
                    {
                        checks.Add(new UniqueCheckSpec(unique[..dot], unique[(dot + 1)..], where, text, item["unique"]!.Location));
                    }
                }

                continue;
            }

            if (!_read.Object(item, Zh, En, "single", "unique", "when", "problem", "fact", "field", "message"))
            {
                continue;
            }

            var when = Formula(_read.Required(item, "when", Zh, En));
            var problem = _read.OneOf(_read.Required(item, "problem", Zh, En), "error", "missingData");
            var fact = _read.String(_read.Required(item, "fact", Zh, En));
            var field = item.Has("field") ? _read.String(item["field"]) : "*";
            var message = _read.Template(_read.Required(item, "message", Zh, En));
            if (when is not null && problem is not null && fact is not null && field is not null && message is not null)
            {
                checks.Add(new ConditionCheckSpec(when, problem == "error", fact, field, message, item.Location));
            }
        }

        return checks.Count == items.Count ? checks : null;
    }

    private ScoringSpec? Scoring(DocNode node, bool allowParts)
    {
        string[] kinds = allowParts
            ? ["bands", "steps", "proportional", "average", "checklist", "findings", "deadline", "equivalents", "formula", "cases", "deductions", "parts"]
            : ["bands", "steps", "proportional", "average", "checklist", "findings", "deadline", "equivalents", "formula", "cases", "deductions"];
        if (node.Kind != DocNodeKind.Object)
        {
            _read.Wrong(node, "计分方式对象，如{\"kind\": \"bands\", …}", "a scoring object, such as {\"kind\": \"bands\", …}");
            return null;
        }

        var kindNode = _read.Required(node, "kind", "计分方式", "scoring");
        if (kindNode is null)
        {
            return null;
        }

        if (kindNode.Kind == DocNodeKind.String && kindNode.Text == "parts" && !allowParts)
        {
            Diagnostics.Error(kindNode, "组成部分（parts）中不能再分部分", "a part cannot itself have parts");
            return null;
        }

        return _read.OneOf(kindNode, kinds) switch
        {
            "bands" => Bands(node),
            "steps" => Steps(node),
            "proportional" => Proportional(node),
            "average" => Average(node),
            "checklist" => Checklist(node),
            "findings" => Findings(node),
            "deadline" => Deadline(node),
            "equivalents" => Equivalents(node),
            "formula" => FormulaBlock(node),
            "cases" => Cases(node, allowParts),
            "deductions" => Deductions(node),
            "parts" => Parts(node),
            _ => null,
        };
    }

    // The block's own properties, and "checks" on a leaf's own block; the blocks a block holds cannot have checks.
    private bool Block(DocNode node, string kind, params string[] known)
    {
        var checks = _checksAllowed;
        _checksAllowed = false;
        return _read.Object(node, $"计分方式{kind}", $"the {kind} scoring", checks ? ["kind", "checks", .. known] : ["kind", .. known]);
    }

    private PointsSpec? Points(DocNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind == DocNodeKind.String)
        {
            return Formula(node) is { } formula ? new PointsSpec(null, formula, node.Location) : null;
        }

        return _read.NonNegative(node) is { } number ? new PointsSpec(number, null, node.Location) : null;
    }

    private CasesSpec? Cases(DocNode node, bool allowParts)
    {
        const string Zh = "计分方式cases";
        const string En = "the cases scoring";
        if (!Block(node, "cases", "cases", "labels"))
        {
            return null;
        }

        var items = _read.Array(_read.Required(node, "cases", Zh, En), "情形", "cases", RuleSetJson.MaxCases);
        var cases = new List<CaseSpec>();
        // Indexed loop and plain counting rather than LINQ over tuples and booleans: each such instantiation is compiled
        // anew in every process that loads a document.
        for (var index = 0; index < (items?.Count ?? 0); index++)
        {
            var item = items![index];
            const string CaseZh = "情形";
            const string CaseEn = "a case";
            if (!_read.Object(item, CaseZh, CaseEn, "when", "points", "note", "deduction", "metric", "scoring", "problem", "fact", "field", "message"))
            {
                continue;
            }

            var when = Formula(item["when"]);
            if (!item.Has("when") && index != items!.Count - 1)
            {
                Diagnostics.Error(item, "只有最后一个情形可以不写条件when（其他情形都不适用时）", "only the last case may leave out when (it applies when no other does)");
            }

            if ((item.Has("points") ? 1 : 0) + (item.Has("scoring") ? 1 : 0) + (item.Has("problem") ? 1 : 0) != 1)
            {
                Diagnostics.Error(item, "情形应写points（得分）、scoring（计分方式）或problem（无法计分的问题）之一", "a case needs exactly one of points (its score), scoring (a block that scores it) and problem (why it cannot be scored)");
                continue;
            }

            if (item.Has("problem"))
            {
                var problem = _read.OneOf(item["problem"], "error", "missingData");
                var fact = _read.String(_read.Required(item, "fact", CaseZh, CaseEn));
                var field = item.Has("field") ? _read.String(item["field"]) : "*";
                var message = _read.Template(_read.Required(item, "message", CaseZh, CaseEn));
                foreach (var other in item.Properties.Where(p => p.Name is "note" or "deduction" or "metric"))
                {
                    Diagnostics.Error(other.NameLocation, $"报告问题的情形不应有“{other.Name}”", $"a case that reports a problem cannot have \"{other.Name}\"");
                }

                if ((when is not null || !item.Has("when")) && problem is not null && fact is not null && field is not null && message is not null)
                {
                    cases.Add(new CaseSpec(when, null, null, null, null, null, new ProblemSpec(problem == "error", fact, field, message, item.Location), item.Location));
                }

                continue;
            }

            var points = Points(item["points"]);
            var note = _read.Template(item.Has("points") ? _read.Required(item, "note", CaseZh, CaseEn) : item["note"]);
            DeductionSpec? deduction = null;
            if (item["deduction"] is { } deductionNode && _read.Object(deductionNode, "扣分", "a deduction", "kind", "reason", "evidence"))
            {
                var kind = deductionNode.Has("kind") ? _read.OneOf(deductionNode["kind"], "computed", "judged") : "computed";
                deduction = new DeductionSpec(kind == "judged", _read.Template(deductionNode["reason"]), Formula(deductionNode["evidence"]), deductionNode.Location);
            }

            var metric = item["metric"] is { } metricNode ? Metric(metricNode) : null;
            var scoring = item["scoring"] is { } scoringNode ? Scoring(scoringNode, allowParts) : null;
            if (item.Has("scoring") && (item.Has("deduction") || item.Has("metric")))
            {
                Diagnostics.Error(item, "以计分方式scoring计分的情形不能再写deduction或metric：由该计分方式给出", "a case scored by a block cannot have deduction or metric: the block gives them");
                continue;
            }

            if ((when is not null || !item.Has("when")) && (points is not null || scoring is not null) && (note is not null || !item.Has("note") && scoring is not null)
                && (metric is not null || !item.Has("metric")) && (deduction is not null || !item.Has("deduction")))
            {
                cases.Add(new CaseSpec(when, points, note, deduction, metric, scoring, null, item.Location));
            }
        }

        var labels = Labels(node["labels"]);
        return items is null || cases.Count != items.Count ? null : new CasesSpec(node.Location, labels, cases);
    }

    private DeductionsSpec? Deductions(DocNode node)
    {
        const string Zh = "计分方式deductions";
        const string En = "the deductions scoring";
        if (!Block(node, "deductions", "items", "note", "whenNone", "subject", "labels"))
        {
            return null;
        }

        var items = _read.Array(_read.Required(node, "items", Zh, En), "扣分项", "items", RuleSetJson.MaxCases);
        var specs = new List<DeductionItemSpec>();
        foreach (var item in items ?? [])
        {
            if (item.Kind == DocNodeKind.Object && item.Has("forEach"))
            {
                const string EachZh = "逐项扣分";
                const string EachEn = "a forEach item";
                if (!_read.Object(item, EachZh, EachEn, "forEach", "where", "orderBy", "items"))
                {
                    continue;
                }

                var factType = _read.String(item["forEach"]);
                var where = Formula(item["where"]);
                var order = new List<string>();
                foreach (var field in _read.Array(item["orderBy"], "排序字段", "orderBy", 20) ?? [])
                {
                    if (_read.String(field) is { } name)
                    {
                        order.Add(name);
                    }
                }

                var rules = (_read.Array(_read.Required(item, "items", EachZh, EachEn), "扣分项", "items", RuleSetJson.MaxCases) ?? []).Select(DeductionRule).ToList();
                if (factType is not null && (where is not null || !item.Has("where")) && rules.Count > 0 && rules.All(r => r is not null))
                {
                    specs.Add(new ForEachSpec(factType, where, order, [.. rules.OfType<DeductionRuleSpec>()], item.Location));
                }

                continue;
            }

            if (DeductionRule(item) is { } rule)
            {
                specs.Add(rule);
            }
        }

        var note = _read.Template(node["note"]);
        var whenNone = _read.Template(node["whenNone"]);
        var subject = _read.Text(node["subject"]);
        var labels = Labels(node["labels"]);
        return items is null || specs.Count != items.Count ? null : new DeductionsSpec(node.Location, labels, specs, note, whenNone, subject);
    }

    private DeductionRuleSpec? DeductionRule(DocNode item)
    {
        const string Zh = "扣分项";
        const string En = "a deduction item";
        if (!_read.Object(item, Zh, En, "when", "points", "reason", "kind"))
        {
            return null;
        }

        var when = Formula(item["when"]);
        var points = Points(_read.Required(item, "points", Zh, En));
        var reason = _read.Template(_read.Required(item, "reason", Zh, En));
        var kind = item.Has("kind") ? _read.OneOf(item["kind"], "computed", "judged") : "computed";
        return (when is null && item.Has("when")) || points is null || reason is null || kind is null
            ? null
            : new DeductionRuleSpec(when, points, reason, kind == "judged", item.Location);
    }

    private MetricSpec? Metric(DocNode? node)
    {
        const string Zh = "指标值（metric）";
        const string En = "a metric";
        if (node is null || !_read.Object(node, Zh, En, "name", "formula", "display", "unit", "domain", "direction", "stateInputs"))
        {
            return null;
        }

        var name = _read.Text(_read.Required(node, "name", Zh, En));
        var formula = Formula(_read.Required(node, "formula", Zh, En));
        var display = Formula(node["display"]);
        var unit = node.Has("unit") ? _read.Unit(node["unit"]) : (ValueUnit?)ValueUnit.None;
        var domain = _read.Interval(node["domain"]);
        var direction = _read.OneOf(node["direction"], "higherIsBetter", "lowerIsBetter", "notMonotone") switch
        {
            "higherIsBetter" => MetricDirection.HigherIsBetter,
            "lowerIsBetter" => MetricDirection.LowerIsBetter,
            "notMonotone" => MetricDirection.NotMonotone,
            _ => (MetricDirection?)null,
        };
        var stateInputs = _read.Boolean(node["stateInputs"]) ?? true;
        return name is null || formula is null || unit is null || (node.Has("display") && display is null)
            ? null
            : new MetricSpec(name, formula, display, unit.Value, domain, direction, stateInputs, node.Location);
    }

    private BandsSpec? Bands(DocNode node)
    {
        if (!Block(node, "bands", "metric", "bands", "labels"))
        {
            return null;
        }

        var metric = Metric(_read.Required(node, "metric", "计分方式bands", "the bands scoring"));
        var items = _read.Array(_read.Required(node, "bands", "计分方式bands", "the bands scoring"), "分档", "bands", RuleSetJson.MaxBands);
        var bands = new List<BandSpec>();
        foreach (var item in items ?? [])
        {
            if (!_read.Object(item, "分档", "a band", "range", "points"))
            {
                continue;
            }

            var range = _read.Interval(_read.Required(item, "range", "分档", "a band"));
            var points = _read.NonNegative(_read.Required(item, "points", "分档", "a band"));
            if (range is not null && points is not null)
            {
                bands.Add(new BandSpec(range, points.Value, item.Location));
            }
        }

        var labels = Labels(node["labels"]);
        return metric is null || items is null || bands.Count != items.Count ? null : new BandsSpec(node.Location, labels, metric, bands);
    }

    private StepsSpec? Steps(DocNode node)
    {
        const string Zh = "计分方式steps";
        const string En = "the steps scoring";
        if (!Block(node, "steps", "metric", "threshold", "step", "pointsPerStep", "counting", "labels"))
        {
            return null;
        }

        var metric = Metric(_read.Required(node, "metric", Zh, En));
        var threshold = node.Has("threshold") ? _read.Number(node["threshold"], allowPercent: true) : 0m;
        var step = _read.Positive(_read.Required(node, "step", Zh, En), allowPercent: true);
        var perStep = _read.Positive(_read.Required(node, "pointsPerStep", Zh, En));
        var counting = _read.OneOf(_read.Required(node, "counting", Zh, En), "completed", "started");
        var labels = Labels(node["labels"]);
        return metric is null || threshold is null || step is null || perStep is null || counting is null
            ? null
            : new StepsSpec(node.Location, labels, metric, threshold.Value, step.Value, perStep.Value,
                counting == "started" ? StepCounting.EveryStartedStep : StepCounting.EveryCompletedStep);
    }

    private ProportionalSpec? Proportional(DocNode node)
    {
        const string Zh = "计分方式proportional";
        const string En = "the proportional scoring";
        if (!Block(node, "proportional", "name", "numerator", "denominator", "whenExceeded", "whenBothZero", "labels"))
        {
            return null;
        }

        var name = _read.Text(_read.Required(node, "name", Zh, En));
        var numerator = Formula(_read.Required(node, "numerator", Zh, En));
        var denominator = Formula(_read.Required(node, "denominator", Zh, En));
        var exceeded = _read.OneOf(_read.Required(node, "whenExceeded", Zh, En), "scoreZero", "capAtFull");
        var bothZero = node.Has("whenBothZero") ? _read.OneOf(node["whenBothZero"], "error", "fullMarks", "zero") : "error";
        var labels = Labels(node["labels"]);
        return name is null || numerator is null || denominator is null || exceeded is null || bothZero is null
            ? null
            : new ProportionalSpec(node.Location, labels, name, numerator, denominator,
                exceeded == "scoreZero" ? ExcessPolicy.ScoreZero : ExcessPolicy.CapAtFull,
                bothZero switch { "fullMarks" => BothZero.FullMarks, "zero" => BothZero.Zero, _ => BothZero.Error });
    }

    private AverageSpec? Average(DocNode node)
    {
        const string Zh = "计分方式average";
        const string En = "the average scoring";
        if (!Block(node, "average", "name", "fullMark", "results", "labels"))
        {
            return null;
        }

        var name = _read.Text(_read.Required(node, "name", Zh, En));
        var fullMark = node.Has("fullMark") ? _read.Positive(node["fullMark"]) : 100m;
        var results = Formulas(_read.Required(node, "results", Zh, En), "结果", "results");
        var labels = Labels(node["labels"]);
        return name is null || fullMark is null || results is null ? null : new AverageSpec(node.Location, labels, name, fullMark.Value, results);
    }

    private List<FormulaText>? Formulas(DocNode? node, string whatZh, string whatEn)
    {
        var items = _read.Array(node, whatZh, whatEn, RuleSetJson.MaxListFormulas);
        if (items is null)
        {
            return null;
        }

        var formulas = items.Select(Formula).ToList();
        return formulas.Any(f => f is null) ? null : [.. formulas.OfType<FormulaText>()];
    }

    private ChecklistSpec? Checklist(DocNode node)
    {
        if (!Block(node, "checklist", "items", "largestFinding", "quoteMetNotes"))
        {
            return null;
        }

        var largest = _read.NonNegative(node["largestFinding"]);
        var quote = _read.Boolean(node["quoteMetNotes"]) ?? false;

        var items = _read.Array(_read.Required(node, "items", "计分方式checklist", "the checklist scoring"), "评分要点", "items", RuleSetJson.MaxChecklistItems);
        var specs = new List<ChecklistItemSpec>();
        foreach (var item in items ?? [])
        {
            if (!_read.Object(item, "评分要点", "a checklist item", "key", "label", "points"))
            {
                continue;
            }

            var key = _read.String(_read.Required(item, "key", "评分要点", "a checklist item"));
            var label = _read.Text(_read.Required(item, "label", "评分要点", "a checklist item"));
            var points = _read.NonNegative(_read.Required(item, "points", "评分要点", "a checklist item"));
            if (key is not null && label is not null && points is not null)
            {
                specs.Add(new ChecklistItemSpec(key, label, points.Value, item.Location));
            }
        }

        var repeated = false;
        foreach (var duplicate in specs.GroupBy(s => s.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Diagnostics.Error(duplicate.Skip(1).First().Location, $"评分要点“{duplicate.Key}”重复", $"the checklist item key \"{duplicate.Key}\" is repeated");
            repeated = true;
        }

        return items is null || specs.Count != items.Count || repeated || (node.Has("largestFinding") && largest is null)
            ? null
            : new ChecklistSpec(node.Location, [], specs, largest, quote);
    }

    private FindingsSpec? Findings(DocNode node)
    {
        if (!Block(node, "findings", "largestFinding", "requireEvidence", "citeEvidence", "evidenceMustCite"))
        {
            return null;
        }

        var largest = _read.Positive(node["largestFinding"]);
        var require = _read.Boolean(node["requireEvidence"]) ?? false;
        var cite = _read.Boolean(node["citeEvidence"]) ?? false;
        var mustCite = Formula(node["evidenceMustCite"]);
        return (node.Has("largestFinding") && largest is null) || (node.Has("evidenceMustCite") && mustCite is null)
            ? null
            : new FindingsSpec(node.Location, [], largest, require, cite, mustCite);
    }

    private DeadlineSpec? Deadline(DocNode node)
    {
        const string Zh = "计分方式deadline";
        const string En = "the deadline scoring";
        if (!Block(node, "deadline", "subject", "actualOn", "approvedOn", "limit", "onTime", "late", "notDone", "labels"))
        {
            return null;
        }

        var subject = _read.Text(_read.Required(node, "subject", Zh, En));
        var actual = Formula(_read.Required(node, "actualOn", Zh, En));
        var approved = Formula(node["approvedOn"]);
        var limitNode = _read.Required(node, "limit", Zh, En);
        var onTime = _read.NonNegative(node["onTime"]);
        var late = node.Has("late") ? _read.NonNegative(node["late"]) : 0m;
        var notDone = _read.NonNegative(node["notDone"]);
        var labels = Labels(node["labels"]);
        if (limitNode is null || !_read.Object(limitNode, "时限", "a limit", "calendarDays", "workingDays", "fixedDate", "dueDate"))
        {
            return null;
        }

        if (limitNode.Properties.Count(p => p.Name is "calendarDays" or "workingDays" or "fixedDate" or "dueDate") != 1)
        {
            Diagnostics.Error(limitNode, "时限应只写一种：calendarDays（批复后N日）、workingDays（批复后N个工作日）、fixedDate（固定日期）或dueDate（取自事实的到期日公式）",
                "give exactly one limit: calendarDays (N days after approval), workingDays (N working days after approval), fixedDate (a date) or dueDate (a formula giving the due date)");
            return null;
        }

        var (kind, days, date, due) = (LimitKind.CalendarDays, (int?)null, (DateOnly?)null, (FormulaText?)null);
        if (limitNode.Has("calendarDays"))
        {
            days = _read.Integer(limitNode["calendarDays"], 0, 3660);
        }
        else if (limitNode.Has("workingDays"))
        {
            (kind, days) = (LimitKind.WorkingDays, _read.Integer(limitNode["workingDays"], 0, 3660));
        }
        else if (limitNode.Has("fixedDate"))
        {
            (kind, date) = (LimitKind.FixedDate, _read.Date(limitNode["fixedDate"]));
        }
        else
        {
            (kind, due) = (LimitKind.DueDateFormula, Formula(limitNode["dueDate"]));
        }

        if (kind is LimitKind.CalendarDays or LimitKind.WorkingDays && approved is null && !node.Has("approvedOn"))
        {
            Diagnostics.Error(node, "按批复后天数计算的时限需要批复日期公式approvedOn", "a limit counted in days after approval needs approvedOn, the approval date formula");
        }

        if (late > onTime)
        {
            Diagnostics.Error(node["late"]!, "逾期得分不能高于按时得分", "late cannot score more than onTime");
        }

        var complete = subject is not null && actual is not null && late is not null
            && (kind is LimitKind.FixedDate ? date is not null : kind is LimitKind.DueDateFormula ? due is not null : days is not null && approved is not null);
        return complete
            ? new DeadlineSpec(node.Location, labels, subject!, actual!, approved, kind, days, date, due, onTime, late!.Value, notDone)
            : null;
    }

    private EquivalentsSpec? Equivalents(DocNode node)
    {
        const string Zh = "计分方式equivalents";
        const string En = "the equivalents scoring";
        if (!Block(node, "equivalents", "name", "label", "table", "fullMark", "averageWith", "labels"))
        {
            return null;
        }

        var name = _read.Text(_read.Required(node, "name", Zh, En));
        var label = Formula(_read.Required(node, "label", Zh, En));
        var tableNode = _read.Required(node, "table", Zh, En);
        var fullMark = _read.Positive(node["fullMark"]);
        var averageWith = node.Has("averageWith") ? Formulas(node["averageWith"], "平均的其他结果", "averageWith") : [];
        var labels = Labels(node["labels"]);
        var table = new List<EquivalentSpec>();
        if (tableNode is not null)
        {
            if (tableNode.Kind != DocNodeKind.Object || tableNode.Properties.Count == 0)
            {
                _read.Wrong(tableNode, "非空对象，如{\"一等奖\": 95, \"二等奖\": 85}", "a non-empty object, such as {\"一等奖\": 95, \"二等奖\": 85}");
                tableNode = null;
            }
            else
            {
                foreach (var property in tableNode.Properties.Where(p => p.Name != "$comment"))
                {
                    if (string.IsNullOrWhiteSpace(property.Name))
                    {
                        Diagnostics.Error(property.NameLocation, "视同表中的结果不能为空字符串", "a label of the table must not be blank");
                    }
                    else if (_read.NonNegative(property.Value) is { } score)
                    {
                        table.Add(new EquivalentSpec(property.Name, score, property.NameLocation));
                    }
                }
            }
        }

        if (averageWith is { Count: > 0 } && fullMark is null)
        {
            Diagnostics.Error(node["averageWith"]!, "与其他结果平均时须给出满分fullMark（如100）", "averaging with other results needs fullMark (such as 100)");
        }

        return name is null || label is null || tableNode is null || averageWith is null || table.Count != tableNode.Properties.Count(p => p.Name != "$comment")
            ? null
            : new EquivalentsSpec(node.Location, labels, name, label, table, fullMark, averageWith);
    }

    private FormulaSpec? FormulaBlock(DocNode node)
    {
        if (!Block(node, "formula", "points", "clamp", "labels"))
        {
            return null;
        }

        var points = Formula(_read.Required(node, "points", "计分方式formula", "the formula scoring"));
        var clamp = _read.Boolean(node["clamp"]) ?? false;
        var labels = Labels(node["labels"]);
        return points is null ? null : new FormulaSpec(node.Location, labels, points, clamp);
    }

    private PartsSpec? Parts(DocNode node)
    {
        if (!Block(node, "parts", "parts", "nameParts"))
        {
            return null;
        }

        var nameParts = _read.Boolean(node["nameParts"]) ?? true;

        var items = _read.Array(_read.Required(node, "parts", "计分方式parts", "the parts scoring"), "组成部分", "parts", RuleSetJson.MaxParts);
        var parts = new List<PartSpec>();
        foreach (var item in items ?? [])
        {
            const string Zh = "组成部分";
            const string En = "a part";
            if (!_read.Object(item, Zh, En, "key", "name", "points", "notApplicable", "scoring"))
            {
                continue;
            }

            var key = _read.String(_read.Required(item, "key", Zh, En));
            var name = _read.Text(_read.Required(item, "name", Zh, En));
            var points = _read.NonNegative(_read.Required(item, "points", Zh, En));
            var condition = item["notApplicable"] is { } c ? Condition(c) : null;
            var scoringNode = _read.Required(item, "scoring", Zh, En);
            var scoring = scoringNode is null ? null : Scoring(scoringNode, allowParts: false);
            if (key is not null && name is not null && points is not null && scoring is not null && (condition is not null || !item.Has("notApplicable")))
            {
                parts.Add(new PartSpec(key, name, points.Value, condition, scoring, item.Location));
            }
        }

        foreach (var duplicate in parts.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Diagnostics.Error(duplicate.Skip(1).First().Location, $"组成部分“{duplicate.Key}”重复", $"the part key \"{duplicate.Key}\" is repeated");
        }

        return items is null || parts.Count != items.Count ? null : new PartsSpec(node.Location, [], parts, nameParts);
    }

    private List<ReallocationSpec> Reallocations(DocNode? node)
    {
        var list = new List<ReallocationSpec>();
        foreach (var item in _read.Array(node, "分值调整", "reallocations", RuleSetJson.MaxReallocations, allowEmpty: true) ?? [])
        {
            const string Zh = "分值调整";
            const string En = "a reallocation";
            if (!_read.Object(item, Zh, En, "id", "when", "from", "to", "points", "reason", "remove"))
            {
                continue;
            }

            var id = _read.String(item["id"]);
            var remove = _read.Boolean(item["remove"]) ?? false;
            if (remove)
            {
                if (!_extends)
                {
                    Diagnostics.Error(item["remove"]!, "只有扩展其他规则集（extends）的文件才能删除分值调整", "only a document that extends another can remove a reallocation");
                }

                if (id is null)
                {
                    Diagnostics.Error(item, "删除分值调整须写明其id", "removing a reallocation needs its id");
                }

                list.Add(new ReallocationSpec(id, null, null, [], false, null, null, true, item.Location, null, null));
                continue;
            }

            var when = Formula(_read.Required(item, "when", Zh, En));
            var from = _read.String(_read.Required(item, "from", Zh, En));
            var points = _read.Positive(item["points"]);
            var reason = _read.Text(item["reason"]);
            var toNode = _read.Required(item, "to", Zh, En);
            List<string> to = [];
            var siblings = false;
            if (toNode is { Kind: DocNodeKind.String } && toNode.Text == "siblings")
            {
                siblings = true;
            }
            else if (toNode is { Kind: DocNodeKind.String })
            {
                if (_read.String(toNode) is { } code)
                {
                    to.Add(code);
                }
            }
            else if (toNode is not null)
            {
                var codes = _read.Array(toNode, "接收指标", "to", RuleSetJson.MaxIndicators);
                to.AddRange((codes ?? []).Select(c => _read.String(c)).OfType<string>());
                if (codes is not null && to.Count != codes.Count)
                {
                    to.Clear();
                }
            }

            if (when is not null && from is not null && (siblings || to.Count > 0))
            {
                list.Add(new ReallocationSpec(id, when, from, to, siblings, points, reason, false, item.Location, item["from"]?.Location, toNode?.Location));
            }
        }

        foreach (var duplicate in list.Where(r => r.Id is not null).GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Diagnostics.Error(duplicate.Skip(1).First().Location, $"分值调整id“{duplicate.Key}”重复", $"the reallocation id \"{duplicate.Key}\" is repeated");
        }

        return list;
    }
}
