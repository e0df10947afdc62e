using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>Value equality for the sorted dictionaries that statistics hold: same keys, same values, in the same order.</summary>
internal static class DictionaryEquality
{
    public static bool Equal<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue>? left, ImmutableSortedDictionary<TKey, TValue>? right)
        where TKey : notnull
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        EqualityComparer<TKey> keys = EqualityComparer<TKey>.Default;
        EqualityComparer<TValue> values = EqualityComparer<TValue>.Default;
        return left.Zip(right).All(pair => keys.Equals(pair.First.Key, pair.Second.Key) && values.Equals(pair.First.Value, pair.Second.Value));
    }

    public static int Hash<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue>? dictionary)
        where TKey : notnull
    {
        var hash = default(HashCode);
        hash.Add(dictionary?.Count ?? 0);
        foreach (KeyValuePair<TKey, TValue> pair in dictionary ?? ImmutableSortedDictionary<TKey, TValue>.Empty)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        return hash.ToHashCode();
    }
}
