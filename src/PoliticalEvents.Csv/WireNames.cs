namespace PoliticalEvents.Csv;

/// <summary>The wire names of an enumeration of the format (its member names in camelCase), both ways.</summary>
internal static class WireNames<T> where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();

    /// <summary>The wire names, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Values, PoliticalEvents.WireNames.Of);

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string Of(T value)
    {
        int index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a defined {typeof(T).Name} value.");
    }

    /// <summary>The member whose wire name is exactly <paramref name="name"/>.</summary>
    public static bool TryParse(string name, out T value)
    {
        for (int i = 0; i < Values.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>"one of: a, b, c", for messages.</summary>
    public static string Expectation => "one of: " + string.Join(", ", Names);
}
