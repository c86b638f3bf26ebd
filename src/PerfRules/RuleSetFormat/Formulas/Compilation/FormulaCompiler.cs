using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>
/// Checks a syntax tree against a schema and compiles it, in the same pass, into a tree of closures. The user's text
/// only ever selects among the fixed operations written here: no code is generated from it, no method is looked up by
/// name, and every loop runs over a finite fact list or a bounded span of days.
/// </summary>
/// <remarks>
/// Errors are collected rather than thrown; a node that fails yields an <see cref="ErrorBound"/>, which suppresses the
/// errors that would otherwise cascade from it, so each mistake is reported once.
/// </remarks>
internal sealed partial class FormulaCompiler
{
    private readonly string _text;
    private readonly FormulaSchema _schema;
    private readonly List<FormulaError> _errors = [];
    private readonly HashSet<FormulaReference> _references = [];
    private bool _requiresCalendar;

    private FormulaCompiler(string text, FormulaSchema schema)
    {
        _text = text;
        _schema = schema;
    }

    /// <summary>
    /// Checks and compiles <paramref name="syntax"/>, the parse of <paramref name="text"/>; with <paramref name="item"/>,
    /// bare names are fields of that fact type, as in a <c>where</c> condition (a formula evaluated for each fact of a list).
    /// </summary>
    public static CompiledFormula Compile(string text, SyntaxNode syntax, FormulaSchema schema, FactTypeInfo? item = null)
    {
        var compiler = new FormulaCompiler(text, schema);
        if (item is not null)
        {
            compiler.Reference(item.Name, null);
        }

        var root = compiler.Bind(syntax, item);
        ScalarBound? scalar = null;
        switch (root)
        {
            case ScalarBound s:
                scalar = s;
                break;
            case NullBound:
                compiler.Report(syntax, "公式不能只是null：null只能用在==或!=中，如Disclosure.PublishedOn == null",
                    "a formula cannot be just null: null only appears in == or !=, as in Disclosure.PublishedOn == null");
                break;
            case FactBound fact:
                compiler.Report(syntax, $"公式的结果是整条{fact.FactType.Name}事实：请读取它的一个字段，如{SyntaxPrinter.Print(syntax)}.{ExampleField(fact.FactType)}",
                    $"the formula gives a whole {fact.FactType.Name} fact: read one of its fields, e.g. {SyntaxPrinter.Print(syntax)}.{ExampleField(fact.FactType)}");
                break;
        }

        // Sorted without LINQ for the common case (no errors; a few distinct references, so an unstable sort is exact).
        var errors = compiler._errors.Count == 0 ? [] : compiler._errors.OrderBy(e => e.Position).ToList();
        var references = new List<FormulaReference>(compiler._references);
        references.Sort(static (a, b) => string.CompareOrdinal(a.FactType, b.FactType) is var byType and not 0
            ? byType
            : string.CompareOrdinal(a.Field ?? "", b.Field ?? ""));
        return errors.Count == 0 && scalar is not null
            ? new CompiledFormula(scalar.Evaluate, scalar.Type, references, compiler._requiresCalendar, [])
            : new CompiledFormula(null, FormulaType.Decimal, references, compiler._requiresCalendar, errors);
    }

    private Bound Bind(SyntaxNode node, FactTypeInfo? item) => node switch
    {
        NumberLiteral n => Constant(node, FormulaType.Decimal, FormulaValue.Of(n.Value)),
        StringLiteral s => Constant(node, FormulaType.String, FormulaValue.Of(s.Value)),
        BooleanLiteral b => Constant(node, FormulaType.Boolean, FormulaValue.Of(b.Value)),
        NullLiteral => new NullBound(node),
        NameNode name => BindName(name, item),
        MemberNode member => BindMember(member, item),
        UnaryNode unary => BindUnary(unary, item),
        BinaryNode binary => BindBinary(binary, item),
        CallNode call => BindCall(call, item),
        WhereNode where => Fail(where, where.WherePosition, 5,
            "where只能用在count、sum、any、all、min、max、one的参数中",
            "'where' can only be used in an argument of count, sum, any, all, min, max or one"),
        _ => throw new InvalidOperationException($"Unknown syntax node {node.GetType().Name}."),
    };

    private static ScalarBound Constant(SyntaxNode node, FormulaType type, FormulaValue value) => new(node, type, _ => value);

    private Bound BindName(NameNode name, FactTypeInfo? item)
    {
        if (item is not null && item.Fields.TryGetValue(name.Name, out var field))
        {
            Reference(item.Name, field.Name);
            return ItemField(name, field);
        }

        if (_schema.TryGetFactType(name.Name, out var factType))
        {
            return Fail(name,
                $"{name.Name}是事实类型，不是数值：请读取它的字段，如{name.Name}.{ExampleField(factType)}，或用count({name.Name})等汇总",
                $"{name.Name} is a fact type, not a value: read one of its fields, e.g. {name.Name}.{ExampleField(factType)}, or aggregate it, e.g. count({name.Name})");
        }

        return UnknownName(name, item);
    }

    private Bound UnknownName(NameNode name, FactTypeInfo? item)
    {
        if (item is not null)
        {
            var suggestion = NameSuggestions.Closest(name.Name, item.Fields.Keys.Concat(_schema.FactTypes));
            return Fail(name,
                $"未知的名称“{name.Name}”：应为{item.Name}的字段（{FieldList(item)}）或事实类型{DidYouMeanZh(suggestion)}",
                $"unknown name '{name.Name}': expected a field of {item.Name} ({FieldList(item)}) or a fact type{DidYouMeanEn(suggestion)}");
        }

        var owners = _schema.FactTypes.Where(t => _schema.TryGetFactType(t, out var info) && info.Fields.ContainsKey(name.Name)).ToList();
        if (owners.Count > 0)
        {
            return Fail(name,
                $"“{name.Name}”是字段，须写明所属的事实类型，如{owners[0]}.{name.Name}",
                $"'{name.Name}' is a field: write its fact type too, e.g. {owners[0]}.{name.Name}");
        }

        return UnknownFactType(name);
    }

    private ErrorBound UnknownFactType(NameNode name)
    {
        var closest = NameSuggestions.Closest(name.Name, _schema.FactTypes);
        return Fail(name,
            $"未知的事实类型“{name.Name}”{DidYouMeanZh(closest)}；可用的事实类型：{string.Join("、", _schema.FactTypes)}",
            $"unknown fact type '{name.Name}'{DidYouMeanEn(closest)}; the fact types are: {string.Join(", ", _schema.FactTypes)}");
    }

    private Bound BindMember(MemberNode member, FactTypeInfo? item)
    {
        if (member.Target is NameNode name)
        {
            // Inside a where condition over T, T.Field names the fact being tested, not "the single T fact".
            if (item is not null && name.Name == item.Name)
            {
                return Field(member, item) is { } field ? ItemField(member, field) : new ErrorBound(member);
            }

            if (item is null || !item.Fields.ContainsKey(name.Name))
            {
                if (!_schema.TryGetFactType(name.Name, out var factType))
                {
                    return UnknownFactType(name);
                }

                return Field(member, factType) is { } field ? SingleFactField(member, factType, field) : new ErrorBound(member);
            }
        }

        var target = Bind(member.Target, item);
        switch (target)
        {
            case ErrorBound:
                return target;
            case FactBound fact:
                return Field(member, fact.FactType) is { } accessor ? FieldOfFact(member, fact, accessor) : new ErrorBound(member);
            default:
                return Fail(member, member.MemberStart - 1, member.End - member.MemberStart + 1,
                    $"“.{member.Member}”只能跟在事实类型或one(…)后面，但它前面是{DescribeZh(target)}",
                    $"'.{member.Member}' can only follow a fact type or one(...), but it follows {DescribeEn(target)}");
        }
    }

    private FieldAccessor? Field(MemberNode member, FactTypeInfo factType)
    {
        if (factType.Fields.TryGetValue(member.Member, out var field))
        {
            Reference(factType.Name, field.Name);
            return field;
        }

        var suggestion = NameSuggestions.Closest(member.Member, factType.Fields.Keys);
        Report(member.MemberStart, member.End - member.MemberStart,
            $"{factType.Name}没有字段“{member.Member}”{DidYouMeanZh(suggestion)}；它的字段：{FieldList(factType)}",
            $"{factType.Name} has no field '{member.Member}'{DidYouMeanEn(suggestion)}; its fields are: {FieldList(factType)}");
        return null;
    }

    private ScalarBound ItemField(SyntaxNode node, FieldAccessor field)
    {
        var missing = FormulaValue.Of(EmptyField(node, field));
        return new ScalarBound(node, field.Type, context => field.Read(context.Item!) ?? missing, field.EnumNames);
    }

    private ScalarBound SingleFactField(MemberNode node, FactTypeInfo factType, FieldAccessor field)
    {
        var type = factType.Type;
        var name = factType.Name;
        var noFact = FormulaValue.Of(new MissingData(name, null,
            new LocalizedText($"缺少{name}事实（读取{name}.{field.Name}）", $"no {name} fact was given (reading {name}.{field.Name})"), node.Start));
        var empty = FormulaValue.Of(EmptyField(node, field));
        return new ScalarBound(node, field.Type, context =>
        {
            var facts = context.Scope.FactsOf(type);
            return facts.Count switch
            {
                0 => noFact,
                1 => field.Read(facts[0]) ?? empty,
                _ => Failure(node,
                    $"有{facts.Count}条{name}事实，无法确定{name}.{field.Name}读取哪一条：请用one({name} where …).{field.Name}指定",
                    $"there are {facts.Count} {name} facts, so {name}.{field.Name} is ambiguous: pick one with one({name} where ...).{field.Name}"),
            };
        }, field.EnumNames);
    }

    private static ScalarBound FieldOfFact(MemberNode node, FactBound fact, FieldAccessor field)
    {
        var evaluate = fact.Evaluate;
        var empty = FormulaValue.Of(EmptyField(node, field));
        return new ScalarBound(node, field.Type, context =>
            evaluate(context, out var failure) is { } value ? field.Read(value) ?? empty : failure!, field.EnumNames);
    }

    private static MissingData EmptyField(SyntaxNode node, FieldAccessor field) =>
        new(field.FactType, field.Name, new LocalizedText($"{field.FactType}.{field.Name}为空", $"{field.FactType}.{field.Name} is empty"), node.Start);

    private void Reference(string factType, string? field) => _references.Add(new FormulaReference(factType, field));

    private FormulaValue Failure(SyntaxNode node, string chinese, string english) =>
        Failure(node.Start, node.End - node.Start, chinese, english);

    private FormulaValue Failure(int position, int length, string chinese, string english) =>
        FormulaValue.Of(new FormulaError(FormulaErrorKind.Evaluation, _text, position, length, new LocalizedText(chinese, english)));

    private ErrorBound Fail(SyntaxNode node, string chinese, string english) => Fail(node, node.Start, node.End - node.Start, chinese, english);

    private ErrorBound Fail(SyntaxNode node, int position, int length, string chinese, string english)
    {
        Report(position, length, chinese, english);
        return new ErrorBound(node);
    }

    private void Report(SyntaxNode node, string chinese, string english) => Report(node.Start, node.End - node.Start, chinese, english);

    private void Report(int position, int length, string chinese, string english) =>
        _errors.Add(new FormulaError(FormulaErrorKind.Check, _text, position, length, new LocalizedText(chinese, english)));

    private string Source(SyntaxNode node) => _text[node.Start..node.End];

    private static string ExampleField(FactTypeInfo factType) =>
        factType.Fields.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? "Field";

    private static string FieldList(FactTypeInfo factType) =>
        factType.Fields.Count == 0 ? "—" : string.Join(", ", factType.Fields.Keys.Order(StringComparer.Ordinal));

    private static string DidYouMeanZh(string? suggestion) => suggestion is null ? "" : $"，是否应为“{suggestion}”？";

    private static string DidYouMeanEn(string? suggestion) => suggestion is null ? "" : $" (did you mean '{suggestion}'?)";

    private static string DescribeZh(Bound bound) => bound switch
    {
        ScalarBound s => FormulaTypeNames.Chinese(s.Type),
        FactBound f => $"整条{f.FactType.Name}事实",
        _ => "null",
    };

    private static string DescribeEn(Bound bound) => bound switch
    {
        ScalarBound s => FormulaTypeNames.English(s.Type),
        FactBound f => $"a whole {f.FactType.Name} fact",
        _ => "null",
    };
}
