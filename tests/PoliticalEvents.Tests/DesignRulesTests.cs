using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace PoliticalEvents.Tests;

/// <summary>Design rules of the public API that must not erode (after NodaTime's MutabilityTest).</summary>
public class DesignRulesTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Dataset).Assembly.GetExportedTypes(), .. typeof(PoliticalEvents.Csv.CsvTables).Assembly.GetExportedTypes()];

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        string[] open = [.. PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName!)];
        Assert.Empty(open);
    }

    [Fact]
    public void PublicProperties_HaveNoSetterButInit()
    {
        string[] mutable = [.. PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")];
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicFields_AreConstantsOrReadOnly()
    {
        string[] writable = [.. PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")];
        Assert.Empty(writable);
    }

    [Fact]
    public void PublicCollections_AreReadOnlyInterfaces()
    {
        string[] mutableCollections = [.. PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var g
                && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(IList<>) || g == typeof(IDictionary<,>)))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")];
        Assert.Empty(mutableCollections);
    }
}
