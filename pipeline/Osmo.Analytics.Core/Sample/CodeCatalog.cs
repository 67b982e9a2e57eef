using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>Target groups, services and meter domains shared by every scale (the shipped reference defaults).</summary>
/// <remarks>Sources and open questions are in data-samples/reference/README.md. Kykyviisari domains follow the
/// Työterveyslaitos description (overall work ability plus five functioning areas, 0-10). AVHV (aikuisväestön
/// hyvinvointimittari) domains follow the 3X10D item list of Diak without the overall-life item; ESY
/// (elämäntilanteen selvittämisen ympyrä) domains and scale are modelled and not yet checked against the forms in use.</remarks>
internal static class CodeCatalog
{
    /// <summary>Index of each target group in <see cref="TargetGroups"/>; the simulators address groups by it.</summary>
    public const int YoungAdults = 0, LongTermUnemployed = 1, SubstanceMental = 2, Housing = 3, Immigrants = 4, LowIncome = 5;

    public static readonly CodeName[] TargetGroups =
    [
        new("young_adults", "nuoret aikuiset (18-29)", "unga vuxna (18-29)", "young adults (18-29)"),
        new("long_term_unemployed", "pitkäaikaistyöttömät", "långtidsarbetslösa", "long-term unemployed"),
        new("substance_mental", "päihde- ja mielenterveysasiakkaat", "klienter inom missbruks- och mentalvård", "substance use and mental health clients"),
        new("housing", "asunnottomat ja asumisen tuen tarvitsijat", "bostadslösa och personer i behov av boendestöd", "homeless and people needing housing support"),
        new("immigrants", "maahanmuuttajat", "invandrare", "immigrants"),
        new("low_income", "toimeentulotuen asiakkaat", "klienter inom utkomststöd", "social assistance recipients"),
    ];

    public static readonly CodeName[] Services =
    [
        new("social_counselling", "sosiaaliohjaus", "socialhandledning", "social counselling"),
        new("social_rehab", "sosiaalinen kuntoutus", "social rehabilitering", "social rehabilitation"),
        new("rehabilitative_work", "kuntouttava työtoiminta", "arbetsverksamhet i rehabiliteringssyfte", "rehabilitative work activity"),
        new("multisectoral_employment", "työllistymistä edistävä monialainen yhteispalvelu (TYP)", "sektorsövergripande samservice som främjar sysselsättning", "multisectoral joint service promoting employment"),
        new("housing_support", "asumisen tuki ja asumisneuvonta", "boendestöd och bostadsrådgivning", "housing support and advice"),
        new("substance_services", "päihdetyön palvelut", "missbrukarvård", "substance use services"),
        new("financial_guidance", "talous- ja velkaneuvonta", "ekonomi- och skuldrådgivning", "financial and debt guidance"),
        new("peer_support", "vertaistuki ja ryhmätoiminta", "kamratstöd och gruppverksamhet", "peer support and group activity"),
        new("income_support", "täydentävä ja ehkäisevä toimeentulotuki", "kompletterande och förebyggande utkomststöd", "supplementary and preventive social assistance"),
    ];

    public static readonly MeterDomain[] MeterDomains =
    [
        new("KYKYVIISARI", "work_ability", "Työkyky (kokonaisarvio)", "Work ability (overall)", 0, 10, true),
        new("KYKYVIISARI", "mental_wellbeing", "Henkinen hyvinvointi", "Mental well-being", 0, 10, true),
        new("KYKYVIISARI", "social_inclusion", "Sosiaalinen osallisuus", "Social inclusion", 0, 10, true),
        new("KYKYVIISARI", "physical_functioning", "Fyysinen toimintakyky", "Physical functioning", 0, 10, true),
        new("KYKYVIISARI", "skills", "Osaaminen", "Skills", 0, 10, true),
        new("KYKYVIISARI", "everyday_life", "Arjen sujuvuus", "Everyday life", 0, 10, true),
        new("AVHV", "health", "Terveydentila", "Health", 0, 10, true),
        new("AVHV", "coping", "Kyky voittaa elämän vaikeuksia", "Coping with difficulties", 0, 10, true),
        new("AVHV", "housing", "Asumisolot", "Housing conditions", 0, 10, true),
        new("AVHV", "daily_life", "Päivittäinen pärjääminen", "Managing daily life", 0, 10, true),
        new("AVHV", "family", "Perhe", "Family", 0, 10, true),
        new("AVHV", "friends", "Luotettavat ystävät", "Trusted friends", 0, 10, true),
        new("AVHV", "finances", "Taloudellinen tilanne", "Financial situation", 0, 10, true),
        new("AVHV", "strengths", "Omien vahvuuksien kehittäminen", "Developing own strengths", 0, 10, true),
        new("AVHV", "self_esteem", "Itsetunto", "Self-esteem", 0, 10, true),
        new("ESY", "housing", "Asuminen", "Housing", 1, 5, true),
        new("ESY", "finances", "Talous ja toimeentulo", "Finances and income", 1, 5, true),
        new("ESY", "health", "Terveys", "Health", 1, 5, true),
        new("ESY", "substance_use", "Päihteet", "Substance use", 1, 5, true),
        new("ESY", "relationships", "Ihmissuhteet", "Relationships", 1, 5, true),
        new("ESY", "daily_activities", "Arki ja vapaa-aika", "Daily life and leisure", 1, 5, true),
        new("ESY", "work_study", "Työ ja opiskelu", "Work and study", 1, 5, true),
    ];

    /// <summary>Modelled share of residents aged 18-64 in each target group who may need adult social work
    /// (a modelled estimate; no public statistic exists at this grain). Same order as <see cref="TargetGroups"/>.</summary>
    public static readonly double[] NeedRate = [0.040, 0.045, 0.055, 0.012, 0.015, 0.075];
}
