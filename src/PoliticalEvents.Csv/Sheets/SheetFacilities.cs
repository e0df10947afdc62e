
namespace PoliticalEvents.Csv.Sheets;

/// <summary>
/// The kind of a place of detention, read from the words of its name: a pre-trial centre (SIZO, СИЗО, pre-trial,
/// remand), a penal colony (colony, колония, калонія, ИК), a psychiatric hospital, a police station (police, РОВД,
/// РУВД, ИВС), a prison (prison, jail, тюрьма, турма); unknown otherwise. Only words the name contains count: nothing
/// is guessed from a town.
/// </summary>
internal static class SheetFacilities
{
    private static readonly (FacilityKind Kind, string[] Words)[] Words =
    [
        (FacilityKind.PretrialCentre, ["sizo", "сизо", "сізо", "pre-trial", "pretrial", "remand", "следственный изолятор", "следчы ізалятар"]),
        (FacilityKind.PenalColony, ["colony", "колония", "колонии", "калонія", "калоніі", " ик-", " ик ", " ік-", " ік "]),
        (FacilityKind.PsychiatricHospital, ["psychiatric", "психиатр", "псіхіятр"]),
        (FacilityKind.PoliceStation, ["police", "ровд", "рувд", "ивс", "ізаляр часовага", "изолятор временного"]),
        (FacilityKind.Prison, ["prison", "jail", "тюрьма", "турма", "監獄", "监狱"]),
    ];

    public static FacilityKind? KindOf(string facility)
    {
        string text = " " + facility.ToLowerInvariant() + " ";
        foreach ((FacilityKind kind, string[] words) in Words)
        {
            if (words.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }
}
