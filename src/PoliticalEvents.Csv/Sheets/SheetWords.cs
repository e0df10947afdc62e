
namespace PoliticalEvents.Csv.Sheets;

/// <summary>The words a sheet may use for a status, a gender, a release kind and an anonymous person (English, Russian, Belarusian), compared after <see cref="SheetText.Normalize"/>.</summary>
internal static class SheetWords
{
    public static readonly IReadOnlyDictionary<string, DetentionStatus> Statuses = Map(
        (DetentionStatus.Ongoing, ["ongoing", "in custody", "held", "detained", "imprisoned", "in prison", "in detention", "serving sentence", "serving a sentence", "active", "current", "behind bars",
            "в заключении", "под стражей", "в местах лишения свободы", "за решеткой", "за решёткой", "у зняволенні", "за кратамі", "пад вартай"]),
        (DetentionStatus.Ended, ["ended", "released", "freed", "free", "former", "at liberty", "no longer held", "served sentence",
            "освобожден", "освобождена", "освобождён", "на свободе", "вышел на свободу", "вышла на свободу", "вызвалены", "вызваленая", "на волі"]),
        (DetentionStatus.Unknown, ["status unknown"]));

    public static readonly IReadOnlyDictionary<string, Gender> Genders = Map(
        (Gender.Male, ["male", "m", "man", "мужской", "муж", "м", "мужчина", "мужчына", "мужчынскі", "男"]),
        (Gender.Female, ["female", "f", "woman", "женский", "жен", "ж", "женщина", "жанчына", "жаночы", "女"]),
        (Gender.Other, ["other", "non-binary", "nonbinary", "другой", "іншы"]));

    public static readonly IReadOnlyDictionary<string, ReleaseKind> ReleaseKinds = Map(
        (ReleaseKind.Pardon, ["pardon", "pardoned", "помилование", "помилован", "помилована", "памілаванне", "памілаваны", "памілаваная"]),
        (ReleaseKind.Amnesty, ["amnesty", "amnestied", "амнистия", "амнистирован", "амністыя"]),
        (ReleaseKind.EndOfSentence, ["end of sentence", "endofsentence", "served sentence", "served full term", "sentence served", "term served", "отбыл срок", "отбыла срок", "по окончании срока", "адбыў тэрмін", "адбыла тэрмін"]),
        (ReleaseKind.ConditionalRelease, ["conditional release", "conditionalrelease", "parole", "early release", "released on parole", "удо", "условно-досрочное освобождение", "умоўна-датэрміновае вызваленне"]),
        (ReleaseKind.Acquittal, ["acquittal", "acquitted", "оправдан", "оправдана", "апраўданы", "апраўданая"]),
        (ReleaseKind.ChargesDropped, ["charges dropped", "chargesdropped", "case closed", "case dropped", "дело прекращено", "справа спынена"]),
        (ReleaseKind.ReleasedPendingTrial, ["released pending trial", "releasedpendingtrial", "bail", "on bail", "released on bail", "pending trial", "под подписку", "под залог"]),
        (ReleaseKind.SentenceCommuted, ["sentence commuted", "sentencecommuted", "commuted", "non-custodial sentence", "смягчение приговора"]),
        (ReleaseKind.Exchange, ["exchange", "exchanged", "prisoner exchange", "обмен", "абмен"]),
        (ReleaseKind.Other, ["other"]),
        (ReleaseKind.Unknown, ["unknown"]));

    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>(StringComparer.Ordinal)
    {
        "anonymous", "(anonymous)", "name withheld", "name not disclosed", "withheld", "аноним", "анонимно", "имя не разглашается", "ананімна", "імя не разглашаецца",
    };

    public static string Expectation<T>(IReadOnlyDictionary<string, T> words) where T : struct, Enum
        => "expected one of: " + string.Join(", ", words.GroupBy(static p => p.Value).Select(static g => string.Join(" / ", g.Select(static p => p.Key).Where(static k => k.All(static c => c < 128)).Take(3))));

    private static Dictionary<string, T> Map<T>(params (T Value, string[] Words)[] groups) where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach ((T value, string[] words) in groups)
        {
            foreach (string word in words)
            {
                map.Add(SheetText.Normalize(word), value);
            }
        }

        return map;
    }
}
