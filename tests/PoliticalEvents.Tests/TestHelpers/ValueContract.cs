using System.Reflection;
using Xunit;

namespace PoliticalEvents.Tests.TestHelpers;

/// <summary>
/// Contract checks every value type must pass (after NodaTime's TestHelper): <c>Equals(T)</c>, <c>Equals(object)</c>,
/// <c>GetHashCode</c>, <c>==</c> and <c>!=</c> agree with each other, and where the type is comparable,
/// <c>CompareTo</c> is a total order that agrees with equality.
/// </summary>
internal static class ValueContract
{
    /// <summary>
    /// Checks equality: <paramref name="value"/> equals <paramref name="equalValue"/> (a separately built copy) and
    /// differs from each of <paramref name="unequalValues"/>, through every equality API the type offers.
    /// </summary>
    public static void AssertEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        Assert.NotEmpty(unequalValues);
        AssertEqualPair(value, value);
        AssertEqualPair(value, equalValue);
        Assert.False(value.Equals((object?)null), $"{typeof(T).Name} equals null");
        Assert.False(value.Equals(new object()), $"{typeof(T).Name} equals an object of another type");
        foreach (T other in unequalValues)
        {
            AssertUnequalPair(value, other);
        }
    }

    /// <summary>
    /// Checks ordering: <paramref name="ascending"/> lists values in strictly increasing order. Every pair compares in
    /// the listed order (antisymmetric, hence transitive along the list), and every value equals only itself.
    /// </summary>
    public static void AssertStrictOrder<T>(params T[] ascending)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        Assert.True(ascending.Length >= 2, "An order needs at least two values.");
        for (int i = 0; i < ascending.Length; i++)
        {
            for (int j = 0; j < ascending.Length; j++)
            {
                int expected = i.CompareTo(j);
                int actual = Math.Sign(ascending[i].CompareTo(ascending[j]));
                Assert.True(
                    expected == actual,
                    $"Expected {ascending[i]}.CompareTo({ascending[j]}) to have sign {expected}, got {actual}.");
                AssertConsistent(ascending[i], ascending[j]);
            }
        }
    }

    /// <summary>
    /// Checks that two arbitrary values agree on every equality and ordering API: <c>Equals</c> is symmetric and
    /// matches <c>==</c>/<c>!=</c>; equal values hash alike; <c>CompareTo</c> is antisymmetric and zero exactly when
    /// the values are equal. Meant for property-based tests over generated pairs.
    /// </summary>
    public static void AssertConsistent<T>(T a, T b)
        where T : struct, IEquatable<T>
    {
        bool equal = a.Equals(b);
        Assert.True(equal == b.Equals(a), $"Equals is not symmetric for {a} and {b}.");
        Assert.True(equal == a.Equals((object)b), $"Equals(object) disagrees with Equals(T) for {a} and {b}.");
        Assert.True(equal == Operator("op_Equality", a, b), $"== disagrees with Equals for {a} and {b}.");
        Assert.True(equal != Operator("op_Inequality", a, b), $"!= disagrees with Equals for {a} and {b}.");
        if (equal)
        {
            Assert.True(a.GetHashCode() == b.GetHashCode(), $"Equal values {a} and {b} hash differently.");
        }

        if (a is IComparable<T> comparable)
        {
            int ab = Math.Sign(comparable.CompareTo(b));
            int ba = Math.Sign(((IComparable<T>)b).CompareTo(a));
            Assert.True(ab == -ba, $"CompareTo is not antisymmetric for {a} and {b}: {ab} and {ba}.");
            Assert.True((ab == 0) == equal, $"CompareTo gives {ab} but Equals gives {equal} for {a} and {b}.");
        }

        if (a is IComparable nonGeneric)
        {
            Assert.True(
                Math.Sign(nonGeneric.CompareTo(b)) == Math.Sign(((IComparable<T>)a).CompareTo(b)),
                $"CompareTo(object) disagrees with CompareTo(T) for {a} and {b}.");
            Assert.True(nonGeneric.CompareTo(null) > 0, "Null must sort before every value.");
            Assert.Throws<ArgumentException>(() => nonGeneric.CompareTo(new object()));
        }
    }

    /// <summary>
    /// Checks transitivity on a triple, in all six arrangements: <c>x ≤ y ≤ z</c> implies <c>x ≤ z</c>, strictly when
    /// either step is strict. Also runs <see cref="AssertConsistent{T}"/> on each pair.
    /// </summary>
    public static void AssertTotalOrder<T>(T a, T b, T c)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        AssertConsistent(a, b);
        AssertConsistent(b, c);
        AssertConsistent(a, c);
        Assert.Equal(0, a.CompareTo(a));
        T[][] arrangements = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];
        foreach (T[] t in arrangements)
        {
            int xy = t[0].CompareTo(t[1]);
            int yz = t[1].CompareTo(t[2]);
            int xz = t[0].CompareTo(t[2]);
            if (xy <= 0 && yz <= 0)
            {
                Assert.True(xz <= 0, $"Not transitive: {t[0]} <= {t[1]} <= {t[2]} but {t[0]} > {t[2]}.");
                if (xy < 0 || yz < 0)
                {
                    Assert.True(xz < 0, $"Not transitive: {t[0]} < {t[2]} expected through {t[1]}.");
                }
            }
        }
    }

    private static void AssertEqualPair<T>(T a, T b)
        where T : struct, IEquatable<T>
    {
        Assert.True(a.Equals(b), $"{a} does not equal {b}.");
        AssertConsistent(a, b);
    }

    private static void AssertUnequalPair<T>(T a, T b)
        where T : struct, IEquatable<T>
    {
        Assert.False(a.Equals(b), $"{a} equals {b}.");
        AssertConsistent(a, b);
    }

    // Value types declare == and != as static operators, which generic code cannot call directly.
    private static bool Operator<T>(string name, T a, T b)
    {
        MethodInfo? method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        Assert.True(method is not null, $"{typeof(T).Name} does not declare {name}.");
        return (bool)method.Invoke(null, [a, b])!;
    }
}
