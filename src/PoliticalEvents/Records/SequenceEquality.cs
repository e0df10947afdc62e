namespace PoliticalEvents;

/// <summary>
/// Value equality for the lists that records hold: records compare their lists element by element,
/// not by reference, so two records read from the same JSON are equal.
/// </summary>
internal static class SequenceEquality
{
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        int leftCount = left?.Count ?? 0;
        if (leftCount != (right?.Count ?? 0))
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < leftCount; i++)
        {
            if (!comparer.Equals(left![i], right![i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        // A null list hashes like an empty one, as Equal treats them alike.
        var hash = default(HashCode);
        hash.Add(list?.Count ?? 0);
        foreach (T item in list ?? [])
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
