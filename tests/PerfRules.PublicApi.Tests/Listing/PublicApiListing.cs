using System.Reflection;
using System.Runtime.CompilerServices;

namespace PerfRules.PublicApi.Tests.Listing;

/// <summary>
/// The public API of an assembly as text, one declaration a line: every type a caller can see, then each of its
/// members a caller (or a derived class, for protected members of unsealed types) can use, with full signatures,
/// nullable annotations, default values and the attributes that matter. Types are sorted by name; in a type, the type
/// line comes first, then constructors, fields (an enum's by value), properties, events and methods, each sorted by name,
/// then by text.
/// The same assembly always gives the same lines.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Equality"] = "operator ==",
        ["op_Inequality"] = "operator !=",
        ["op_LessThan"] = "operator <",
        ["op_GreaterThan"] = "operator >",
        ["op_LessThanOrEqual"] = "operator <=",
        ["op_GreaterThanOrEqual"] = "operator >=",
        ["op_Addition"] = "operator +",
        ["op_Subtraction"] = "operator -",
        ["op_Multiply"] = "operator *",
        ["op_Division"] = "operator /",
        ["op_Modulus"] = "operator %",
        ["op_UnaryNegation"] = "operator -",
        ["op_UnaryPlus"] = "operator +",
        ["op_LogicalNot"] = "operator !",
        ["op_OnesComplement"] = "operator ~",
        ["op_Increment"] = "operator ++",
        ["op_Decrement"] = "operator --",
        ["op_True"] = "operator true",
        ["op_False"] = "operator false",
        ["op_BitwiseAnd"] = "operator &",
        ["op_BitwiseOr"] = "operator |",
        ["op_ExclusiveOr"] = "operator ^",
        ["op_LeftShift"] = "operator <<",
        ["op_RightShift"] = "operator >>",
        ["op_UnsignedRightShift"] = "operator >>>",
        ["op_Implicit"] = "implicit operator",
        ["op_Explicit"] = "explicit operator",
    };

    /// <summary>The public API of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">A loaded assembly whose dependencies load too.</param>
    public static IReadOnlyList<string> Of(Assembly assembly) => Of(assembly.GetTypes());

    /// <summary>The public API made of those of <paramref name="types"/> a caller can see.</summary>
    /// <param name="types">Candidate types; the invisible and compiler-generated ones are left out.</param>
    public static IReadOnlyList<string> Of(IEnumerable<Type> types)
    {
        var lines = new List<string>();
        foreach (var type in types.Where(IsVisible).OrderBy(t => TypeDisplay.Declaration(t), StringComparer.Ordinal))
        {
            lines.Add(TypeLine(type));
            if (type.IsSubclassOf(typeof(Delegate)))
            {
                continue;
            }

            lines.AddRange(Members(type)
                .OrderBy(m => m.Kind)
                .ThenBy(m => m.Value)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .ThenBy(m => m.Line, StringComparer.Ordinal)
                .Select(m => m.Line));
        }

        return lines;
    }

    private static bool IsVisible(Type type)
    {
        if (type.Name.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        if (!type.IsNested)
        {
            return type.IsPublic;
        }

        var outer = type.DeclaringType!;
        return IsVisible(outer) && (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !outer.IsSealed));
    }

    private static bool IsVisible(MethodBase? method, Type owner) =>
        method is not null
        && !method.Name.Contains('<', StringComparison.Ordinal)
        && (method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !owner.IsSealed));

    private static bool IsVisible(FieldInfo field, Type owner) =>
        !field.Name.Contains('<', StringComparison.Ordinal)
        && (field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && !owner.IsSealed));

    private static string TypeLine(Type type)
    {
        var access = type.IsPublic || type.IsNestedPublic ? "public" : type.IsNestedFamORAssem ? "protected internal" : "protected";
        var prefix = AttributeDisplay.Of(type.CustomAttributes) + access + " ";
        var name = TypeDisplay.Declaration(type, variance: true);

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            return prefix + "delegate " + Return(invoke) + " " + name + Parameters(invoke) + Constraints(type.GetGenericArguments());
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return prefix + "enum " + name + (underlying == typeof(int) ? string.Empty : " : " + TypeDisplay.Name(underlying));
        }

        var bases = new List<string>();
        if (type.IsClass && type.BaseType is { } baseType && baseType != typeof(object))
        {
            bases.Add(TypeDisplay.Name(baseType));
        }

        // Interfaces the base class brings are listed on its line, not again on each derived one.
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => IsPublicType(i) && !inherited.Contains(i)).Select(i => TypeDisplay.Name(i)).Order(StringComparer.Ordinal));
        var inheritance = bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
        return prefix + TypeKind(type) + " " + name + inheritance + Constraints(type.GetGenericArguments().Where(a => a.DeclaringType == type));
    }

    private static bool IsPublicType(Type type) => type.IsPublic || (type.IsNestedPublic && IsPublicType(type.DeclaringType!));

    private static string TypeKind(Type type)
    {
        if (type.IsInterface)
        {
            return "interface";
        }

        if (type.IsValueType)
        {
            var readOnly = Has(type.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "readonly " : string.Empty;
            var byRefLike = type.IsByRefLike ? "ref " : string.Empty;
            var record = type.GetMethod("PrintMembers", Declared) is { } print && print.IsDefined(typeof(CompilerGeneratedAttribute)) ? "record " : string.Empty;
            return readOnly + byRefLike + record + "struct";
        }

        var modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
        var kind = type.GetMethod("<Clone>$", Declared) is not null ? "record" : "class";
        return modifiers + kind;
    }

    private static IEnumerable<Member> Members(Type type)
    {
        foreach (var constructor in type.GetConstructors(Declared).Where(c => !c.IsStatic && IsVisible(c, type)))
        {
            yield return new Member(0, ".ctor", Head(constructor, constructor.CustomAttributes) + Owner(type) + SimpleName(type) + Parameters(constructor));
        }

        foreach (var field in type.GetFields(Declared).Where(f => !f.IsSpecialName && IsVisible(f, type)))
        {
            // An enum's members read in the order of their values.
            var value = type.IsEnum ? Convert.ToDecimal(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) : 0m;
            yield return new Member(1, field.Name, Field(type, field), value);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = new[] { property.GetMethod, property.SetMethod }.Where(a => IsVisible(a, type)).ToList();
            if (accessors.Count > 0)
            {
                yield return new Member(2, property.Name, Property(type, property, accessors[0]!));
            }
        }

        foreach (var @event in type.GetEvents(Declared).Where(e => IsVisible(e.AddMethod, type)))
        {
            var add = @event.AddMethod!;
            var line = Head(add, @event.CustomAttributes) + "event " + Use(@event.EventHandlerType!, @event.CustomAttributes, @event)
                + " " + Owner(type) + @event.Name;
            yield return new Member(3, @event.Name, line);
        }

        foreach (var method in type.GetMethods(Declared).Where(m => IsVisible(m, type)))
        {
            var isOperator = Operators.TryGetValue(method.Name, out var op);
            if (method.IsSpecialName && !isOperator)
            {
                continue; // accessors of properties and events, listed with them
            }

            var name = isOperator ? op! : method.Name + GenericParameters(method);
            var returns = Return(method);
            var signature = method.Name is "op_Implicit" or "op_Explicit"
                ? Owner(type) + name + " " + returns + Parameters(method)
                : returns + " " + Owner(type) + name + Parameters(method);
            yield return new Member(4, method.Name, Head(method, method.CustomAttributes) + signature + Constraints(method.GetGenericArguments()));
        }
    }

    private static string Field(Type type, FieldInfo field)
    {
        var head = AttributeDisplay.Of(field.CustomAttributes);
        if (type.IsEnum)
        {
            return head + Owner(type) + field.Name + " = " + Convert.ToString(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        var line = head + Access(field.IsPublic, field.IsFamilyOrAssembly) + " " + modifiers
            + Use(field.FieldType, field.CustomAttributes, field) + " " + Owner(type) + field.Name;
        return field.IsLiteral ? line + " = " + AttributeDisplay.Literal(field.FieldType, field.GetRawConstantValue()) : line;
    }

    private static string Property(Type type, PropertyInfo property, MethodInfo mostVisible)
    {
        foreach (var accessor in new[] { property.GetMethod, property.SetMethod })
        {
            if (IsVisible(accessor, type) && accessor!.IsPublic)
            {
                mostVisible = accessor;
            }
        }

        var required = Has(property.CustomAttributes, "System.Runtime.CompilerServices.RequiredMemberAttribute") ? "required " : string.Empty;
        var indexes = property.GetIndexParameters();
        var name = indexes.Length == 0
            ? property.Name
            : "this[" + string.Join(", ", indexes.Select(Parameter)) + "]";

        var accessors = new List<string>();
        if (IsVisible(property.GetMethod, type))
        {
            accessors.Add(AccessorAccess(property.GetMethod!, mostVisible) + "get;");
        }

        if (IsVisible(property.SetMethod, type))
        {
            var setter = property.SetMethod!;
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(AccessorAccess(setter, mostVisible) + (init ? "init;" : "set;"));
        }

        return Head(mostVisible, property.CustomAttributes) + required + Use(property.PropertyType, property.CustomAttributes, property)
            + " " + Owner(type) + name + " { " + string.Join(" ", accessors) + " }";
    }

    private static string AccessorAccess(MethodInfo accessor, MethodInfo property) =>
        accessor.IsPublic == property.IsPublic ? string.Empty : Access(accessor.IsPublic, accessor.IsFamilyOrAssembly) + " ";

    /// <summary>Attributes, access and modifiers: <c>[System.Obsolete] public static </c>.</summary>
    private static string Head(MethodBase method, IEnumerable<CustomAttributeData> attributes) =>
        AttributeDisplay.Of(attributes) + Access(method.IsPublic, method.IsFamilyOrAssembly) + " " + Modifiers(method);

    private static string Access(bool isPublic, bool isProtectedInternal) =>
        isPublic ? "public" : isProtectedInternal ? "protected internal" : "protected";

    private static string Modifiers(MethodBase method)
    {
        var inInterface = method.DeclaringType!.IsInterface;
        var modifiers = new List<string>();
        if (method.IsStatic)
        {
            modifiers.Add("static");
        }

        if (method is MethodInfo info && method.IsVirtual)
        {
            var overrides = info.GetBaseDefinition().DeclaringType != info.DeclaringType;
            if (method.IsAbstract)
            {
                if (!inInterface || method.IsStatic)
                {
                    modifiers.Add(overrides ? "abstract override" : "abstract");
                }
            }
            else if (overrides)
            {
                modifiers.Add(method.IsFinal ? "sealed override" : "override");
            }
            else if (!method.IsFinal)
            {
                modifiers.Add("virtual");
            }
        }

        return string.Concat(modifiers.Select(m => m + " "));
    }

    private static string Return(MethodInfo method)
    {
        var returned = method.ReturnParameter;
        var byRef = returned.ParameterType.IsByRef
            ? Has(returned.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "ref readonly " : "ref "
            : string.Empty;
        return AttributeDisplay.Of(returned.CustomAttributes) + byRef + Use(returned.ParameterType, returned.CustomAttributes, method);
    }

    private static string Parameters(MethodBase method)
    {
        var extension = method.IsDefined(typeof(ExtensionAttribute), inherit: false);
        var parameters = method.GetParameters().Select((p, i) => (i == 0 && extension ? "this " : string.Empty) + Parameter(p));
        return "(" + string.Join(", ", parameters) + ")";
    }

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var passing = string.Empty;
        if (Has(parameter.CustomAttributes, "System.ParamArrayAttribute") || Has(parameter.CustomAttributes, "System.Runtime.CompilerServices.ParamCollectionAttribute"))
        {
            passing = "params ";
        }
        else if (type.IsByRef)
        {
            passing = parameter.IsOut && !parameter.IsIn ? "out "
                : Has(parameter.CustomAttributes, "System.Runtime.CompilerServices.RequiresLocationAttribute") ? "ref readonly "
                : parameter.IsIn ? "in "
                : "ref ";
        }

        var text = AttributeDisplay.Of(parameter.CustomAttributes) + passing + Use(type, parameter.CustomAttributes, parameter.Member) + " " + parameter.Name;
        return parameter.HasDefaultValue
            ? text + " = " + AttributeDisplay.Literal(type.IsByRef ? type.GetElementType()! : type, parameter.RawDefaultValue)
            : text;
    }

    private static string GenericParameters(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Constraints(IEnumerable<Type> parameters)
    {
        var clauses = new List<string>();
        foreach (var parameter in parameters)
        {
            var flags = parameter.GenericParameterAttributes;
            var parts = new List<string>();
            var isStruct = flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            if (isStruct)
            {
                parts.Add(Has(parameter.CustomAttributes, "System.Runtime.CompilerServices.IsUnmanagedAttribute") ? "unmanaged" : "struct");
            }
            else if (flags.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add(NullableMetadata.OfDefinition(parameter) == 2 ? "class?" : "class");
            }
            else if (parameter.GetGenericParameterConstraints().Length == 0 && NullableMetadata.OfDefinition(parameter) == 1)
            {
                parts.Add("notnull");
            }

            parts.AddRange(parameter.GetGenericParameterConstraints()
                .Where(c => !(isStruct && c == typeof(ValueType)))
                .Select(c => TypeDisplay.Name(c))
                .Order(StringComparer.Ordinal));
            if (flags.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
            {
                parts.Add("new()");
            }

            if (flags.HasFlag(GenericParameterAttributes.AllowByRefLike))
            {
                parts.Add("allows ref struct");
            }

            if (parts.Count > 0)
            {
                clauses.Add(" where " + parameter.Name + " : " + string.Join(", ", parts));
            }
        }

        return string.Concat(clauses);
    }

    /// <summary>A type as used by a member: with its declared nullable annotations and tuple element names.</summary>
    private static string Use(Type type, IEnumerable<CustomAttributeData> attributes, MemberInfo scope)
    {
        var all = attributes.ToList();
        return TypeDisplay.Name(type, NullableMetadata.Of(type, all, scope), TupleNames.Of(all));
    }

    private static string Owner(Type type) => TypeDisplay.Declaration(type) + ".";

    private static string SimpleName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private static bool Has(IEnumerable<CustomAttributeData> attributes, string fullName) =>
        attributes.Any(a => a.AttributeType.FullName == fullName);

    private sealed record Member(int Kind, string Name, string Line, decimal Value = 0m);
}
