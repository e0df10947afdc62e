namespace PoliticalEvents.Csv.Sheets;

/// <summary>The header names a sheet's columns are recognised by (English, Russian, Belarusian), compared after <see cref="SheetText.Normalize"/>.</summary>
internal static class SheetHeaders
{
    public static readonly IReadOnlyDictionary<SheetColumn, string[]> Names = new Dictionary<SheetColumn, string[]>
    {
        [SheetColumn.Name] = ["name", "full name", "name and surname", "surname and name", "surname, name", "prisoner", "political prisoner", "person",
            "фио", "ф.и.о.", "имя", "имя и фамилия", "фамилия, имя", "фамилия имя", "фамилия, имя, отчество", "фамилия имя отчество", "імя", "імя і прозвішча", "прозвішча, імя", "прозвішча імя", "прозвішча, імя, імя па бацьку"],
        [SheetColumn.Gender] = ["gender", "sex", "пол", "стать"],
        [SheetColumn.BirthDate] = ["birth date", "date of birth", "dob", "born", "birthday", "year of birth", "дата рождения", "год рождения", "дата нараджэння", "год нараджэння"],
        [SheetColumn.DeathDate] = ["death date", "date of death", "died", "дата смерти", "дата смерці"],
        [SheetColumn.Nationality] = ["nationality", "nationalities", "citizenship", "гражданство", "грамадзянства"],
        [SheetColumn.DetentionDate] = ["detention date", "date of detention", "date of arrest", "arrest date", "arrested on", "detained on", "detained since", "in custody since",
            "дата задержания", "дата ареста", "дата затрымання", "дата арышту"],
        [SheetColumn.Country] = ["country", "страна", "краіна"],
        [SheetColumn.Charges] = ["charges", "charge", "charges indicted", "articles", "article", "criminal articles", "статьи", "статья", "обвинение", "артыкулы", "артыкул", "абвінавачванне"],
        [SheetColumn.Sentence] = ["sentence", "term", "prison term", "приговор", "срок", "прысуд", "тэрмін"],
        [SheetColumn.Penalty] = ["penalty", "punishment", "type of punishment", "kind of penalty", "наказание", "вид наказания", "пакаранне", "від пакарання"],
        [SheetColumn.VerdictDate] = ["verdict date", "date of verdict", "date of sentence", "sentence date", "sentenced on", "date of sentencing", "дата приговора", "дата прысуду"],
        [SheetColumn.Prison] = ["prison", "place of detention", "place of imprisonment", "facility", "where held", "место заключения", "место содержания", "месца зняволення", "месца ўтрымання"],
        [SheetColumn.Status] = ["status", "статус"],
        [SheetColumn.ReleaseDate] = ["release date", "date of release", "released on", "дата освобождения", "дата вызвалення"],
        [SheetColumn.ReleaseKind] = ["release kind", "release type", "type of release", "how released", "вид освобождения", "від вызвалення"],
        [SheetColumn.Source] = ["source", "sources", "link", "links", "url", "источник", "источники", "ссылка", "крыніца", "крыніцы", "спасылка"],
        [SheetColumn.Notes] = ["notes", "note", "comment", "comments", "remarks", "примечание", "примечания", "комментарий", "заўвага", "заўвагі", "каментар"],
    };

    /// <summary>Every built-in header name, normalised, with its role.</summary>
    public static readonly IReadOnlyDictionary<string, SheetColumn> ByName = Names
        .SelectMany(static pair => pair.Value.Select(name => (Name: SheetText.Normalize(name), Role: pair.Key)))
        .ToDictionary(static p => p.Name, static p => p.Role, StringComparer.Ordinal);
}
