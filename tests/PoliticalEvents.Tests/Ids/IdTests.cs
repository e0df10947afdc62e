using System.Reflection;
using CsCheck;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Ids;

/// <summary>The id rule shared by <see cref="RecordId"/>, <see cref="ActorId"/>, <see cref="PersonId"/>, <see cref="OrganizationId"/> and <see cref="DetentionId"/>, and the typing between them.</summary>
public sealed class IdTests
{
    private static readonly Type[] IdTypes = [typeof(RecordId), typeof(ActorId), typeof(PersonId), typeof(OrganizationId), typeof(DetentionId)];

    private static readonly string Longest = "a" + new string('.', 63) + new string('-', 63) + "z"; // 128 characters

    private static readonly Gen<string> ValidIds =
        Gen.Select(
            Gen.Char["abcXYZ019"],
            Gen.Char["abcXYZ019.-"].Array[0, 126].Select(chars => new string(chars)),
            Gen.Char["abcXYZ019"],
            Gen.Bool)
        .Select((first, middle, last, single) => single ? first.ToString() : first + middle + last);

    public static TheoryData<string> Valid() =>
    [
        "a", "A", "0", "ab", "a-b", "a.b", "a--b", "a..b", "1.2.3", "Q42", "person-abir-moussi", "DET-2023.10.03", Longest,
    ];

    public static TheoryData<string> Invalid() =>
    [
        "", "-a", "a-", ".a", "a.", "-", ".", "a b", " a", "a ", "a_b", "a/b", "a:b", "a\n", "\u00E9", "\uFF41", "a\u0301",
        "a\u0000b", "a\u0000", "\u200Ba", "a\u200Bb", "a\u00ADb", "a\uFEFF", "a\u202Eb", "a\u200Db",
        Longest + "a",
    ];

    [Theory]
    [MemberData(nameof(Valid))]
    public void Construct_ValidId_KeepsTheTextForEveryIdType(string text)
    {
        Assert.Equal(text, new RecordId(text).Value);
        Assert.Equal(text, new ActorId(text).Value);
        Assert.Equal(text, new PersonId(text).Value);
        Assert.Equal(text, new OrganizationId(text).Value);
        Assert.Equal(text, new DetentionId(text).ToString());
        Assert.True(RecordId.TryParse(text, out RecordId id) && id.Value == text);
        Assert.True(PersonId.IsValid(text));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Construct_InvalidId_ThrowsArgumentExceptionForEveryIdType(string text)
    {
        Assert.Throws<ArgumentException>(() => new RecordId(text));
        Assert.Throws<ArgumentException>(() => new ActorId(text));
        Assert.Throws<ArgumentException>(() => new PersonId(text));
        Assert.Throws<ArgumentException>(() => new OrganizationId(text));
        Assert.Throws<ArgumentException>(() => new DetentionId(text));
        Assert.False(RecordId.TryParse(text, out RecordId id));
        Assert.Equal(default, id);
        Assert.False(ActorId.TryParse(text, out _));
        Assert.False(PersonId.TryParse(text, out _));
        Assert.False(OrganizationId.TryParse(text, out _));
        Assert.False(DetentionId.TryParse(text, out _));
        Assert.False(RecordId.IsValid(text));
    }

    [Fact]
    public void Construct_LengthLimit_Is128()
    {
        Assert.Equal(128, Longest.Length);
        Assert.True(RecordId.IsValid(Longest));
        Assert.True(RecordId.IsValid(new string('7', 128)));
        Assert.False(RecordId.IsValid(new string('7', 129)));
    }

    [Fact]
    public void Construct_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new RecordId(null!));
        Assert.Throws<ArgumentNullException>(() => new PersonId(null!));
        Assert.False(PersonId.TryParse(null, out _));
    }

    [Fact]
    public void Default_Value_HasNoId()
    {
        Assert.Equal(string.Empty, default(RecordId).Value);
        Assert.Equal(string.Empty, default(PersonId).ToString());
    }

    [Fact]
    public void Equality_ValueContract_HoldsAndIsCaseSensitive()
    {
        ValueContract.AssertEquality(new RecordId("abc"), new RecordId(string.Concat("a", "bc")), new RecordId("ABC"), new RecordId("abd"), default);
        ValueContract.AssertEquality(new PersonId("p-1"), new PersonId(string.Concat("p-", "1")), new PersonId("P-1"), default);
    }

    [Fact]
    public void CompareTo_Ids_OrdinalOrder()
    {
        // Ordinal: '-' < '.' < digits < upper case < lower case, whatever the current culture says.
        string[] ascending = ["0", "9", "A", "Z", "a", "a-b", "a.b", "a0", "z"];

        ValueContract.AssertStrictOrder(Array.ConvertAll(ascending, text => new RecordId(text)));
        ValueContract.AssertStrictOrder(Array.ConvertAll(ascending, text => new PersonId(text)));
        ValueContract.AssertStrictOrder(Array.ConvertAll(ascending, text => new OrganizationId(text)));
        ValueContract.AssertStrictOrder(Array.ConvertAll(ascending, text => new ActorId(text)));
        ValueContract.AssertStrictOrder(Array.ConvertAll(ascending, text => new DetentionId(text)));
    }

    [Fact]
    public void Widening_PersonToActorToRecord_KeepsTheValue()
    {
        var person = new PersonId("person-abir-moussi");

        ActorId actor = person;
        RecordId record = actor;
        RecordId direct = person;

        Assert.Equal("person-abir-moussi", actor.Value);
        Assert.Equal(new RecordId("person-abir-moussi"), record);
        Assert.Equal(record, direct);
    }

    [Fact]
    public void Widening_OrganizationAndDetention_KeepTheValue()
    {
        var organization = new OrganizationId("org-kgb");
        var detention = new DetentionId("det-1");

        ActorId actor = organization;
        RecordId viaActor = actor;
        RecordId fromOrganization = organization;
        RecordId fromDetention = detention;

        Assert.Equal(new ActorId("org-kgb"), actor);
        Assert.Equal(new RecordId("org-kgb"), viaActor);
        Assert.Equal(viaActor, fromOrganization);
        Assert.Equal(new RecordId("det-1"), fromDetention);
    }

    [Fact]
    public void Conversions_BetweenIdTypes_AreExactlyTheImplicitWidenings()
    {
        (Type From, Type To)[] expected =
        [
            (typeof(ActorId), typeof(RecordId)),
            (typeof(DetentionId), typeof(RecordId)),
            (typeof(OrganizationId), typeof(ActorId)),
            (typeof(OrganizationId), typeof(RecordId)),
            (typeof(PersonId), typeof(ActorId)),
            (typeof(PersonId), typeof(RecordId)),
        ];

        MethodInfo[] operators = [.. ConversionOperators().Where(m => IsId(m.GetParameters()[0].ParameterType) || IsId(m.ReturnType))];
        MethodInfo[] between = [.. operators.Where(m => IsId(m.GetParameters()[0].ParameterType) && IsId(m.ReturnType))];

        Assert.All(between, m => Assert.Equal("op_Implicit", m.Name));
        Assert.Equal(
            expected.Select(c => $"{c.From.Name} -> {c.To.Name}").Order(StringComparer.Ordinal),
            between.Select(m => $"{Underlying(m.GetParameters()[0].ParameterType).Name} -> {Underlying(m.ReturnType).Name}").Order(StringComparer.Ordinal));

        // The only others: one explicit conversion from a string to each id type, which parses (and may throw).
        MethodInfo[] others = [.. operators.Except(between)];
        Assert.All(others, m => Assert.Equal(("op_Explicit", typeof(string)), (m.Name, m.GetParameters()[0].ParameterType)));
        Assert.Equal(IdTypes.Select(t => t.Name).Order(StringComparer.Ordinal), others.Select(m => m.ReturnType.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(RecordId), typeof(PersonId))]
    [InlineData(typeof(RecordId), typeof(OrganizationId))]
    [InlineData(typeof(RecordId), typeof(DetentionId))]
    [InlineData(typeof(RecordId), typeof(ActorId))]
    [InlineData(typeof(ActorId), typeof(PersonId))]
    [InlineData(typeof(ActorId), typeof(OrganizationId))]
    [InlineData(typeof(OrganizationId), typeof(PersonId))]
    [InlineData(typeof(PersonId), typeof(OrganizationId))]
    [InlineData(typeof(DetentionId), typeof(PersonId))]
    public void Conversions_NarrowingOrSideways_DoNotExist(Type from, Type to)
    {
        // C# cannot test "does not compile" at run time, so check the operators the compiler would use instead:
        // a sanction's or organization's id must not slip into a detention's subject by accident.
        Assert.DoesNotContain(
            ConversionOperators(),
            m => Underlying(m.GetParameters()[0].ParameterType) == from && Underlying(m.ReturnType) == to);
        Assert.DoesNotContain(to.GetConstructors(), c => c.GetParameters().Any(p => Underlying(p.ParameterType) == from));
    }

    [Fact]
    public void References_InTheModel_AreTypedByTheKindOfRecordTheyName()
    {
        Assert.Equal(typeof(PersonId), typeof(Detention).GetProperty(nameof(Detention.SubjectId))!.PropertyType);
        Assert.Equal(typeof(PersonId), typeof(ReleasedDetainee).GetProperty(nameof(ReleasedDetainee.SubjectId))!.PropertyType);
        Assert.Equal(typeof(OrganizationId?), typeof(Detention).GetProperty(nameof(Detention.AuthorityId))!.PropertyType);
    }

    [Fact]
    public void Properties_AnyValidId_RoundTripsThroughTextAndJson()
        => ValidIds.Sample(text =>
        {
            var id = new RecordId(text);
            Assert.Equal(text, id.ToString());
            Assert.True(RecordId.TryParse(id.ToString(), out RecordId parsed));
            Assert.Equal(id, parsed);
            Assert.Equal(id, Wire.Read<RecordId>(Wire.Write(id)));
            Assert.Equal(new PersonId(text), Wire.Read<PersonId>(Wire.Write(new PersonId(text))));
        }, iter: 5_000);

    [Fact]
    public void Properties_AnyTriple_OrdinalTotalOrder()
        => Gen.Select(ValidIds, ValidIds, ValidIds).Sample((a, b, c) =>
        {
            ValueContract.AssertTotalOrder(new RecordId(a), new RecordId(b), new RecordId(c));
            Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(new RecordId(a).CompareTo(new RecordId(b))));
        }, iter: 1_000);

    [Fact]
    public void TryParse_AnyString_NeverThrowsAndAgreesWithTheDocumentedPattern()
        => Gen.OneOf(Gen.String, Gen.Char["aZ0.- _\u00E9"].Array[0, 6].Select(chars => new string(chars))).Sample(text =>
        {
            bool expected = text.Length is >= 1 and <= 128
                && System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\\z");
            Assert.Equal(expected, RecordId.TryParse(text, out _));
            Wire.AssertReadAgrees<PersonId>(text, expected);
        }, iter: 10_000);

    [Theory]
    [InlineData("1", "type")]
    [InlineData("null", "type")]
    [InlineData("{}", "type")]
    [InlineData("\"\"", "minLength")]
    [InlineData("\"-a\"", "pattern")]
    [InlineData("\"a b\"", "pattern")]
    [InlineData("\"\\u00e9\"", "pattern")]
    [InlineData("\"a\\u0000b\"", "pattern")]
    [InlineData("\"a\\u200bb\"", "pattern")]
    [InlineData("\"\\u200ba\"", "pattern")]
    public void Json_InvalidValue_FailsWithRuleCode(string json, string code)
    {
        Assert.Equal(code, Wire.ErrorCode<RecordId>(json));
        Assert.Equal(code, Wire.ErrorCode<PersonId>(json));
        Assert.Equal(code, Wire.ErrorCode<OrganizationId>(json));
        Assert.Equal(code, Wire.ErrorCode<ActorId>(json));
        Assert.Equal(code, Wire.ErrorCode<DetentionId>(json));
    }

    [Fact]
    public void Json_TooLong_FailsWithMaxLength()
        => Assert.Equal("maxLength", Wire.ErrorCode<RecordId>(Wire.Quote(Longest + "a")));

    [Theory]
    [InlineData("id", "\"-det\"", "pattern")]
    [InlineData("id", "\"\"", "minLength")]
    [InlineData("id", "7", "type")]
    [InlineData("subjectId", "\"person 1\"", "pattern")]
    [InlineData("subjectId", "null", "type")]
    [InlineData("id", "\"det\\u00001\"", "pattern")]
    [InlineData("subjectId", "\"person\\u200b1\"", "pattern")]
    public void ReadRecord_BadId_ReportsCodeAndPath(string property, string value, string code)
    {
        string id = property == "id" ? value : "\"det-1\"";
        string subjectId = property == "subjectId" ? value : "\"person-1\"";
        string json = $$"""{"type":"detention","id":{{id}},"subjectId":{{subjectId}},"country":"BY","startedOn":"2020","status":"ongoing"}""";

        Finding error = Wire.RecordError(json);

        Assert.Equal(code, error.Code);
        Assert.Equal("/" + property, error.Path);
    }

    private static IEnumerable<MethodInfo> ConversionOperators()
        => typeof(RecordId).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "op_Implicit" or "op_Explicit");

    private static bool IsId(Type type) => IdTypes.Contains(Underlying(type));

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
