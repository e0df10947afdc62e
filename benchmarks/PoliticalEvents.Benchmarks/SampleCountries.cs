
namespace PoliticalEvents.Benchmarks;

/// <summary>
/// The made-up but real-shaped material <see cref="SampleDatasets"/> draws on: for each country, names in the local
/// script with their Latin transliteration, the criminal law and articles used against critics, and detention
/// facilities. No entry describes a real person's case.
/// </summary>
internal static class SampleCountries
{
    /// <summary>Every profile, in the order the generator cycles through them.</summary>
    public static IReadOnlyList<CountryProfile> All { get; } =
    [
        new(
            "BY", "be",
            GivenNames: [("Ales", "Алесь"), ("Maryia", "Марыя"), ("Siarhei", "Сяргей"), ("Viktar", "Віктар"), ("Palina", "Паліна"), ("Ihar", "Ігар"), ("Katsiaryna", "Кацярына"), ("Mikalai", "Мікалай")],
            FamilyNames: [("Bialiatski", "Бяляцкі"), ("Losik", "Лосік"), ("Babaryka", "Бабарыка"), ("Znak", "Знак"), ("Statkevich", "Статкевіч"), ("Dashkevich", "Дашкевіч"), ("Kazlou", "Казлоў"), ("Sharko", "Шарко")],
            Law: "Criminal Code of the Republic of Belarus",
            Articles: [("342", "Organisation of or active participation in actions grossly violating public order"), ("361-1", "Creation of or participation in an extremist formation"), ("130", "Incitement to social hatred"), ("368", "Insulting the President")],
            Facilities: [("Penal Colony No. 17", "Shklou", FacilityKind.PenalColony), ("Pretrial Detention Centre No. 1", "Minsk", FacilityKind.PretrialCentre), ("Prison No. 8", "Zhodzina", FacilityKind.Prison), ("Penal Colony No. 3", "Vitsba", FacilityKind.PenalColony)],
            Organizations: [("Minsk City Court", "Мінскі гарадскі суд", OrganizationKind.Court), ("State Security Committee", "Камітэт дзяржаўнай бяспекі", OrganizationKind.SecurityService), ("Viasna Human Rights Centre", "Праваабарончы цэнтр «Вясна»", OrganizationKind.Ngo)]),
        new(
            "RU", "ru",
            GivenNames: [("Aleksei", "Алексей"), ("Ilya", "Илья"), ("Yevgenia", "Евгения"), ("Vladimir", "Владимир"), ("Olga", "Ольга"), ("Svetlana", "Светлана")],
            FamilyNames: [("Gorinov", "Горинов"), ("Yashin", "Яшин"), ("Kara-Murza", "Кара-Мурза"), ("Orlov", "Орлов"), ("Berkovich", "Беркович"), ("Petriychuk", "Петрийчук")],
            Law: "Criminal Code of the Russian Federation",
            Articles: [("207.3", "Public dissemination of knowingly false information about the armed forces"), ("280.3", "Repeated discrediting of the armed forces"), ("275", "High treason"), ("205.2", "Justification of terrorism")],
            Facilities: [("Pretrial Detention Centre No. 5", "Moscow", FacilityKind.PretrialCentre), ("Penal Colony No. 6", "Melekhovo", FacilityKind.PenalColony), ("Penal Colony No. 3", "Kharp", FacilityKind.PenalColony)],
            Organizations: [("Moscow City Court", "Московский городской суд", OrganizationKind.Court), ("Federal Security Service", "Федеральная служба безопасности", OrganizationKind.SecurityService), ("Memorial", "Мемориал", OrganizationKind.Ngo)]),
        new(
            "TN", "ar",
            GivenNames: [("Abir", "عبير"), ("Rached", "راشد"), ("Sihem", "سهام"), ("Sonia", "سنية"), ("Jawhar", "جوهر"), ("Chaima", "شيماء")],
            FamilyNames: [("Moussi", "موسي"), ("Ghannouchi", "الغنوشي"), ("Bensedrine", "بن سدرين"), ("Dahmani", "الدهماني"), ("Ben Mbarek", "بن مبارك"), ("Issa", "عيسى")],
            Law: "Penal Code of Tunisia",
            Articles: [("72", "Attack intended to change the form of government"), ("24", "Spreading false news (Decree-Law 2022-54)"), ("67", "Insulting the head of state")],
            Facilities: [("Manouba Women's Prison", "Manouba", FacilityKind.Prison), ("Mornaguia Prison", "Mornaguia", FacilityKind.Prison), ("Bouchoucha Detention Centre", "Tunis", FacilityKind.PoliceStation)],
            Organizations: [("Tunis Court of First Instance", "المحكمة الابتدائية بتونس", OrganizationKind.Court), ("Free Destourian Party", "الحزب الدستوري الحر", OrganizationKind.PoliticalParty), ("Tunisian League for Human Rights", "الرابطة التونسية للدفاع عن حقوق الإنسان", OrganizationKind.Ngo)]),
        new(
            "EG", "ar",
            GivenNames: [("Alaa", "علاء"), ("Mohamed", "محمد"), ("Ahmed", "أحمد"), ("Hoda", "هدى"), ("Esraa", "إسراء"), ("Ziad", "زياد")],
            FamilyNames: [("Abd El-Fattah", "عبد الفتاح"), ("Adel", "عادل"), ("Douma", "دومة"), ("Abdelaziz", "عبد العزيز"), ("El-Elaimy", "العليمي"), ("Ramy", "رامي")],
            Law: "Egyptian Penal Code",
            Articles: [("80(d)", "Spreading false news abroad"), ("86 bis", "Joining a terrorist group"), ("102 bis", "Spreading false news")],
            Facilities: [("Wadi al-Natrun Correctional Centre", "Wadi al-Natrun", FacilityKind.Prison), ("Tora Prison", "Cairo", FacilityKind.Prison), ("Badr Correctional Centre", "Badr", FacilityKind.Prison)],
            Organizations: [("Supreme State Security Prosecution", "نيابة أمن الدولة العليا", OrganizationKind.GovernmentBody), ("Emergency State Security Court", "محكمة أمن الدولة طوارئ", OrganizationKind.Court), ("Egyptian Initiative for Personal Rights", "المبادرة المصرية للحقوق الشخصية", OrganizationKind.Ngo)]),
        new(
            "IR", "fa",
            GivenNames: [("Narges", "نرگس"), ("Nasrin", "نسرین"), ("Toomaj", "توماج"), ("Sepideh", "سپیده"), ("Reza", "رضا"), ("Niloofar", "نیلوفر")],
            FamilyNames: [("Mohammadi", "محمدی"), ("Sotoudeh", "ستوده"), ("Salehi", "صالحی"), ("Gholian", "قلیان"), ("Khandan", "خندان"), ("Hamedi", "حامدی")],
            Law: "Islamic Penal Code of Iran",
            Articles: [("500", "Propaganda against the state"), ("610", "Assembly and collusion against national security"), ("286", "Corruption on earth")],
            Facilities: [("Evin Prison", "Tehran", FacilityKind.Prison), ("Qarchak Prison", "Varamin", FacilityKind.Prison), ("Ghezel Hesar Prison", "Karaj", FacilityKind.Prison)],
            Organizations: [("Islamic Revolutionary Court of Tehran", "دادگاه انقلاب اسلامی تهران", OrganizationKind.Court), ("Ministry of Intelligence", "وزارت اطلاعات", OrganizationKind.SecurityService), ("Defenders of Human Rights Center", "کانون مدافعان حقوق بشر", OrganizationKind.Ngo)]),
        new(
            "VE", "es",
            GivenNames: [("Rocío", "Rocío"), ("Javier", "Javier"), ("Tamara", "Tamara"), ("Roland", "Roland"), ("Perkins", "Perkins"), ("Nélida", "Nélida")],
            FamilyNames: [("San Miguel", "San Miguel"), ("Tarazona", "Tarazona"), ("Sujú", "Sujú"), ("Carreño", "Carreño"), ("Rocha", "Rocha"), ("Sánchez", "Sánchez")],
            Law: "Venezuelan Penal Code",
            Articles: [("128", "Treason"), ("143", "Conspiracy"), ("285", "Incitement to hatred")],
            Facilities: [("El Helicoide", "Caracas", FacilityKind.PretrialCentre), ("Rodeo I", "Guatire", FacilityKind.Prison), ("La Tumba", "Caracas", FacilityKind.PretrialCentre)],
            Organizations: [("Bolivarian National Intelligence Service", "Servicio Bolivariano de Inteligencia Nacional", OrganizationKind.SecurityService), ("Caracas Court of Terrorism Jurisdiction", "Tribunal con Competencia en Terrorismo de Caracas", OrganizationKind.Court), ("Foro Penal", "Foro Penal", OrganizationKind.Ngo)]),
    ];
}

/// <summary>One country's material for the generator.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Language">BCP 47 tag of the local names.</param>
/// <param name="GivenNames">Given names as (Latin transliteration, local script).</param>
/// <param name="FamilyNames">Family names as (Latin transliteration, local script).</param>
/// <param name="Law">The code whose articles the charges cite.</param>
/// <param name="Articles">Articles as (number, what it criminalises).</param>
/// <param name="Facilities">Places of detention as (name, locality, kind).</param>
/// <param name="Organizations">Courts, services and NGOs as (English name, local name, kind).</param>
internal sealed record CountryProfile(
    string Country,
    string Language,
    IReadOnlyList<(string Latin, string Local)> GivenNames,
    IReadOnlyList<(string Latin, string Local)> FamilyNames,
    string Law,
    IReadOnlyList<(string Number, string Description)> Articles,
    IReadOnlyList<(string Name, string Locality, FacilityKind Kind)> Facilities,
    IReadOnlyList<(string Name, string LocalName, OrganizationKind Kind)> Organizations);
