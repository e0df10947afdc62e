using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PoliticalEvents.Serialization;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Records;

/// <summary>
/// A data property of a model type: a public instance property with an init or set accessor, of a concrete type
/// reachable from <see cref="Dataset"/>. Inherited properties count once per concrete type (<c>Detention.Sources</c>,
/// <c>Person.Sources</c>), since each type must carry them.
/// </summary>
/// <param name="Owner">The concrete model type.</param>
/// <param name="Info">The property, as reflected from <paramref name="Owner"/>.</param>
/// <param name="WireName">Its JSON name in the wire format (from the serializer's contract); null when it is not on the wire.</param>
internal sealed record ModelProperty(Type Owner, PropertyInfo Info, string? WireName)
{
    /// <summary><c>Type.Property</c>, e.g. <c>Detention.Placements</c>.</summary>
    public string Name => $"{Owner.Name}.{Info.Name}";

    /// <summary>Whether the property is a list (any <see cref="IEnumerable{T}"/> but a string).</summary>
    public bool IsList { get; } = ModelMap.ItemType(Info.PropertyType) is not null;

    /// <summary>Whether the property is declared <c>required</c>.</summary>
    public bool IsRequired { get; } = Info.IsDefined(typeof(RequiredMemberAttribute), inherit: true);

    /// <summary>Whether the property holds model objects (one, or a list of them) whose own properties are walked.</summary>
    public bool HoldsModel { get; } = ModelMap.IsModelType(ModelMap.Leaf(Info.PropertyType));

    /// <summary>
    /// The names a declaration about this property may have (as in the adapters' lists of what they do not carry), most
    /// specific first: <c>Type.Property</c>; <c>Type</c>, for the whole type; <c>Base.Property</c> for each base type that
    /// has the property (<c>Record.Confidentiality</c>, for every record type).
    /// </summary>
    public IEnumerable<string> DeclarationKeys
    {
        get
        {
            yield return Name;
            yield return Owner.Name;
            for (Type? type = Owner.BaseType; type is not null && type.Assembly == Owner.Assembly; type = type.BaseType)
            {
                if (type.GetProperty(Info.Name, BindingFlags.Public | BindingFlags.Instance) is not null)
                {
                    yield return $"{type.Name}.{Info.Name}";
                }
            }
        }
    }

    public override string ToString() => Name;
}

/// <summary>One step from an object to a value it holds: a property, and an index when the property is a list.</summary>
internal readonly record struct ModelStep(string Property, int? Index);

/// <summary>
/// A property of one object of a sample: where the object is (a path of steps from the dataset, and JSON Pointers from
/// the document and from the record it belongs to), and the property's value there.
/// </summary>
/// <param name="Property">The property.</param>
/// <param name="Owner">The object that has it.</param>
/// <param name="Value">Its value there.</param>
/// <param name="OwnerPath">The steps from the dataset to <paramref name="Owner"/>.</param>
/// <param name="Pointer">The JSON Pointer of the value in the canonical document (<c>/records/3/placements</c>).</param>
/// <param name="Record">The record the value belongs to; null for the dataset's metadata.</param>
/// <param name="RecordPointer">The JSON Pointer of the value within <paramref name="Record"/> (<c>/placements/0/facility</c>).</param>
internal sealed record ModelNode(ModelProperty Property, object Owner, object? Value, ImmutableArray<ModelStep> OwnerPath, string Pointer, Record? Record, string RecordPointer)
{
    /// <summary>Whether the value is set (see <see cref="ModelMap.IsSet"/>).</summary>
    public bool IsSet { get; } = ModelMap.IsSet(Value);

    /// <summary>The JSON Pointer of the owner in the canonical document.</summary>
    public string OwnerPointer => Pointer[..Pointer.LastIndexOf('/')];

    /// <summary>Where the value is, for messages: <c>/records/3/placements (record d1-x)</c>.</summary>
    public string Where => Record is null ? Pointer : $"{Pointer} (record {Record.Id})";
}

/// <summary>
/// The model, by reflection: every concrete type reachable from <see cref="Dataset"/> (through property types, list
/// items, nullable types and the concrete subtypes of abstract ones) and their data properties; and the helpers the
/// model-coverage checks use to walk, copy and change objects of any of those types.
/// </summary>
internal static class ModelMap
{
    private static readonly Assembly Library = typeof(Dataset).Assembly;

    private static readonly MethodInfo MemberwiseCloneMethod = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly Dictionary<Type, ModelProperty[]> ByType = [];

    /// <summary>The concrete model types, <see cref="Dataset"/> first, in the order they are reached.</summary>
    public static IReadOnlyList<Type> Types { get; } = Discover();

    /// <summary>Every data property of every concrete model type.</summary>
    public static IReadOnlyList<ModelProperty> Properties { get; } = [.. Types.SelectMany(PropertiesOf)];

    /// <summary>The concrete record types (<see cref="Person"/>, <see cref="Detention"/>, …).</summary>
    public static IReadOnlyList<Type> RecordTypes { get; } = [.. Types.Where(t => t.IsSubclassOf(typeof(Record)))];

    /// <summary>A model type: a class of the library (records and their parts; not the value types, which are leaves).</summary>
    public static bool IsModelType(Type type) => type.IsClass && type.Assembly == Library;

    /// <summary>The item type of a list property type; null for anything else (strings included).</summary>
    public static Type? ItemType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        Type? enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    /// <summary>The type a property's values are of, past lists and <see cref="Nullable{T}"/>.</summary>
    public static Type Leaf(Type type)
    {
        Type item = ItemType(type) ?? type;
        return Nullable.GetUnderlyingType(item) ?? item;
    }

    /// <summary>The data properties of a concrete model type, in wire order (then by name for any not on the wire).</summary>
    // A member the format forbids on a type (format 1.1: a source record has no sources of its own): not data of that
    // type. Writers refuse a value there, and validation reports one (additionalProperties).
    private static bool IsForbiddenOn(Type type, PropertyInfo property)
        => type == typeof(SourceRecord) && property.Name == nameof(Record.Sources);

    public static IReadOnlyList<ModelProperty> PropertiesOf(Type type)
    {
        lock (ByType)
        {
            if (!ByType.TryGetValue(type, out ModelProperty[]? properties))
            {
                IList<JsonPropertyInfo> contract = PoliticalEventsJson.Options.GetTypeInfo(type).Properties;
                int Order(PropertyInfo info) => contract.Select((p, i) => (p, i)).FirstOrDefault(x => Is(x.p, info), (null!, int.MaxValue)).Item2;
                properties = [.. DataProperties(type)
                    .Where(p => !IsForbiddenOn(type, p))
                    .OrderBy(Order).ThenBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => new ModelProperty(type, p, contract.FirstOrDefault(c => Is(c, p))?.Name))];
                ByType[type] = properties;
            }

            return properties;
        }

        static bool Is(JsonPropertyInfo contract, PropertyInfo info) => contract.AttributeProvider is PropertyInfo p && p.Name == info.Name;
    }

    /// <summary>The public instance properties of a type that have a public init or set accessor.</summary>
    public static IEnumerable<PropertyInfo> DataProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true });

    /// <summary>The public instance properties of a type without a public setter: computed, never data.</summary>
    public static IEnumerable<PropertyInfo> ComputedProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is not { IsPublic: true });

    /// <summary>The serializer never reads or writes the property.</summary>
    public static bool IsIgnoredOnTheWire(PropertyInfo property)
        => property.GetCustomAttribute<JsonIgnoreAttribute>(inherit: true) is { Condition: JsonIgnoreCondition.Always };

    /// <summary>
    /// Whether a value is set: not null, not an empty string or list, not false, not an enum's zero value (such as
    /// <see cref="Confidentiality.Public"/>), not a struct's default.
    /// </summary>
    public static bool IsSet(object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        bool flag => flag,
        Enum member => Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture) != 0,
        IEnumerable items => items.GetEnumerator().MoveNext(),
        _ when value.GetType().IsValueType => !value.Equals(Activator.CreateInstance(value.GetType())),
        _ => true,
    };

    /// <summary>Whether two values of a property are the same: lists item by item, anything else by <see cref="object.Equals(object?, object?)"/>.</summary>
    public static bool SameValue(object? left, object? right)
        => left is IEnumerable l and not string && right is IEnumerable r and not string
            ? l.Cast<object?>().SequenceEqual(r.Cast<object?>())
            : Equals(left, right);

    /// <summary>The cleared value of a property: null, an empty list, false, zero, a struct's default.</summary>
    public static object? Cleared(ModelProperty property)
    {
        Type type = property.Info.PropertyType;
        if (ItemType(type) is Type item)
        {
            return Array.CreateInstance(item, 0);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    /// <summary>A copy of a value that is equal but not the same object: a new list with the same items, a new string, a shallow copy of a model object.</summary>
    public static object? EqualCopy(object? value) => value switch
    {
        null => null,
        string text => new string(text.AsSpan()),
        IEnumerable items => ToList(ItemType(value.GetType())!, items.Cast<object?>()),
        _ when IsModelType(value.GetType()) => Clone(value),
        _ => value,
    };

    /// <summary>A shallow copy (as a record's <c>with { }</c> makes).</summary>
    public static object Clone(object value) => MemberwiseCloneMethod.Invoke(value, null)!;

    /// <summary>A copy of <paramref name="owner"/> with one property set to <paramref name="value"/> (through its init accessor).</summary>
    public static object With(object owner, PropertyInfo property, object? value)
    {
        object copy = Clone(owner);
        owner.GetType().GetProperty(property.Name)!.SetValue(copy, value);
        return copy;
    }

    /// <summary>A typed array of the items, for a list property.</summary>
    public static Array ToList(Type itemType, IEnumerable<object?> items)
    {
        object?[] values = [.. items];
        var array = Array.CreateInstance(itemType, values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            array.SetValue(values[i], i);
        }

        return array;
    }

    /// <summary>Every property of every object of the dataset, the dataset's own first, depth first.</summary>
    public static List<ModelNode> Walk(Dataset dataset)
    {
        var nodes = new List<ModelNode>();
        Walk(dataset, [], string.Empty, null, string.Empty, nodes);
        return nodes;
    }

    private static void Walk(object owner, ImmutableArray<ModelStep> path, string pointer, Record? record, string recordPointer, List<ModelNode> nodes)
    {
        foreach (ModelProperty property in PropertiesOf(owner.GetType()))
        {
            object? value = property.Info.GetValue(owner);
            string segment = "/" + (property.WireName ?? property.Info.Name);
            string at = pointer + segment;
            string inRecord = record is null ? string.Empty : recordPointer + segment;
            nodes.Add(new ModelNode(property, owner, value, path, at, record, inRecord));
            if (!property.HoldsModel || value is null)
            {
                continue;
            }

            if (!property.IsList)
            {
                Walk(value, path.Add(new ModelStep(property.Info.Name, null)), at, record, inRecord, nodes);
                continue;
            }

            int index = 0;
            foreach (object? item in (IEnumerable)value)
            {
                ImmutableArray<ModelStep> itemPath = path.Add(new ModelStep(property.Info.Name, index));
                string itemPointer = $"{at}/{index}";
                if (item is Record itemRecord)
                {
                    // A record's own pointers start again at its root.
                    Walk(item, itemPath, itemPointer, itemRecord, string.Empty, nodes);
                }
                else if (item is not null)
                {
                    Walk(item, itemPath, itemPointer, record, $"{inRecord}/{index}", nodes);
                }

                index++;
            }
        }
    }

    /// <summary>The object at the end of <paramref name="path"/> from <paramref name="root"/>; null when it is not there (a list too short, a value missing).</summary>
    public static object? Resolve(object root, ImmutableArray<ModelStep> path)
    {
        object? current = root;
        foreach (ModelStep step in path)
        {
            if (current is null)
            {
                return null;
            }

            current = current.GetType().GetProperty(step.Property)!.GetValue(current);
            if (step.Index is int index)
            {
                current = current is IEnumerable items ? items.Cast<object?>().ElementAtOrDefault(index) : null;
            }
        }

        return current;
    }

    /// <summary>The value of the node's property in another dataset, at the same place; found false when the owner is not there.</summary>
    public static (bool Found, object? Value) ValueIn(Dataset other, ModelNode node)
    {
        object? owner = Resolve(other, node.OwnerPath);
        return owner is null ? (false, null) : (true, owner.GetType().GetProperty(node.Property.Info.Name)!.GetValue(owner));
    }

    /// <summary>A copy of <paramref name="root"/> in which the node's property is <paramref name="value"/>, every object on the way copied.</summary>
    public static T Replace<T>(T root, ModelNode node, object? value) where T : class
        => (T)Replace(root, node.OwnerPath.AsSpan(), node.Property.Info, value);

    private static object Replace(object owner, ReadOnlySpan<ModelStep> path, PropertyInfo target, object? value)
    {
        if (path.IsEmpty)
        {
            return With(owner, target, value);
        }

        ModelStep step = path[0];
        PropertyInfo property = owner.GetType().GetProperty(step.Property)!;
        object current = property.GetValue(owner)!;
        object replaced;
        if (step.Index is int index)
        {
            object?[] items = [.. ((IEnumerable)current).Cast<object?>()];
            items[index] = Replace(items[index]!, path[1..], target, value);
            replaced = ToList(ItemType(property.PropertyType)!, items);
        }
        else
        {
            replaced = Replace(current, path[1..], target, value);
        }

        return With(owner, property, replaced);
    }

    /// <summary>The name a schema gives a type's definition: its name in camel case (<c>sanctionMeasure</c>).</summary>
    public static string DefinitionName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    private static Type[] Discover()
    {
        var found = new List<Type>();
        var queue = new Queue<Type>([typeof(Dataset)]);
        var seen = new HashSet<Type>();
        while (queue.TryDequeue(out Type? type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsAbstract)
            {
                foreach (Type concrete in Library.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(type)).OrderBy(t => t.MetadataToken))
                {
                    queue.Enqueue(concrete);
                }

                continue;
            }

            found.Add(type);
            foreach (PropertyInfo property in DataProperties(type))
            {
                Type leaf = Leaf(property.PropertyType);
                if (IsModelType(leaf))
                {
                    queue.Enqueue(leaf);
                }
            }
        }

        return [.. found];
    }
}
