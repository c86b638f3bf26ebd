using System.Reflection;

namespace PerfRules.PublicApi.Tests.Listing;

/// <summary>
/// The nullable annotations of one use of a type, as declared in source, decoded from the compiler's
/// NullableAttribute and NullableContextAttribute (Roslyn's docs/features/nullable-metadata.md).
/// </summary>
/// <remarks>
/// Not <see cref="NullabilityInfoContext"/>: it reports what a value may hold, so an unconstrained <c>T</c> reads as
/// nullable (T may be instantiated with a nullable type) exactly like <c>T?</c>, and a change from one to the other would
/// go unseen. The declared annotation tells them apart.
/// </remarks>
/// <param name="State">Nullable for <c>?</c>, NotNull when not annotated, Unknown when oblivious.</param>
/// <param name="Element">The element type's annotations, for an array.</param>
/// <param name="Arguments">The generic arguments' annotations, containing types' arguments first.</param>
internal sealed record NullableMetadata(NullabilityState State, NullableMetadata? Element, IReadOnlyList<NullableMetadata> Arguments)
{
    private const string NullableAttribute = "System.Runtime.CompilerServices.NullableAttribute";
    private const string NullableContextAttribute = "System.Runtime.CompilerServices.NullableContextAttribute";

    /// <summary>The annotations of a type used in a signature.</summary>
    /// <param name="type">The type as used (a by-ref parameter's type is read as its element type).</param>
    /// <param name="attributes">The attributes of the field, property, event, parameter or return value that uses it.</param>
    /// <param name="scope">The member whose nullable context applies when the use carries no NullableAttribute.</param>
    public static NullableMetadata Of(Type type, IEnumerable<CustomAttributeData> attributes, MemberInfo scope)
    {
        var flags = Flags(attributes) ?? [Context(scope)];
        var index = 0;
        return Read(type, flags, ref index);
    }

    /// <summary>The annotation byte of a generic parameter's definition: 1 for <c>notnull</c> or <c>class</c>, 2 for <c>class?</c> or no constraint.</summary>
    /// <param name="parameter">A generic type or method parameter.</param>
    public static byte OfDefinition(Type parameter) =>
        Flags(parameter.CustomAttributes) is { Length: > 0 } flags
            ? flags[0]
            : Context((MemberInfo?)parameter.DeclaringMethod ?? parameter.DeclaringType!);

    private static NullableMetadata Read(Type type, byte[] flags, ref int index)
    {
        if (type.IsByRef || type.IsPointer)
        {
            type = type.GetElementType()!;
        }

        if (type.IsGenericParameter)
        {
            return new NullableMetadata(StateOf(Next(flags, ref index)), null, []);
        }

        // Nullable<T> takes no byte of its own: T's representation only.
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new NullableMetadata(NullabilityState.Nullable, null, [Read(underlying, flags, ref index)]);
        }

        var state = NullabilityState.NotNull;
        if (!type.IsValueType)
        {
            state = StateOf(Next(flags, ref index));
        }
        else if (type.IsGenericType)
        {
            Next(flags, ref index); // a generic value type carries an explicit 0
        }

        var element = type.IsArray ? Read(type.GetElementType()!, flags, ref index) : null;
        var arguments = new List<NullableMetadata>();
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                arguments.Add(Read(argument, flags, ref index));
            }
        }

        return new NullableMetadata(state, element, arguments);
    }

    private static byte Next(byte[] flags, ref int index)
    {
        // One byte stands for every position (the compiler collapses equal bytes, and a context is one byte).
        var value = flags.Length == 1 ? flags[0] : index < flags.Length ? flags[index] : (byte)0;
        index++;
        return value;
    }

    private static NullabilityState StateOf(byte flag) => flag switch
    {
        1 => NullabilityState.NotNull,
        2 => NullabilityState.Nullable,
        _ => NullabilityState.Unknown,
    };

    private static byte[]? Flags(IEnumerable<CustomAttributeData> attributes)
    {
        var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == NullableAttribute);
        return attribute?.ConstructorArguments[0].Value switch
        {
            byte flag => [flag],
            IReadOnlyCollection<CustomAttributeTypedArgument> items => items.Select(i => (byte)i.Value!).ToArray(),
            _ => null,
        };
    }

    /// <summary>The nearest NullableContextAttribute: on the member, its containing types, then the module; 0 (oblivious) without one.</summary>
    private static byte Context(MemberInfo scope)
    {
        for (MemberInfo? member = scope; member is not null; member = member.DeclaringType)
        {
            if (member.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == NullableContextAttribute) is { } context)
            {
                return (byte)context.ConstructorArguments[0].Value!;
            }
        }

        var module = scope.Module.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == NullableContextAttribute);
        return module is null ? (byte)0 : (byte)module.ConstructorArguments[0].Value!;
    }
}
