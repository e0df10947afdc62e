namespace PoliticalEvents;

/// <summary>How the format spells the values of its enums on the wire.</summary>
public static class WireNames
{
    /// <summary>The wire name of <paramref name="value"/>: its member name in camelCase, as in the data (<c>assetFreeze</c>, <c>wgadII</c>).</summary>
    /// <typeparam name="T">One of the format's enums (<see cref="ReleaseKind"/>, <see cref="SanctionKind"/>, …).</typeparam>
    /// <param name="value">A defined value.</param>
    /// <returns>The name as JSON carries it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member of <typeparamref name="T"/>.</exception>
    public static string Of<T>(T value) where T : struct, Enum
    {
        string name = Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value), "Not a defined value of the enum.");
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
