//! The app's own texts in every language it speaks. (The profile's texts come with the
//! profile file.) Templates use `{name}` placeholders, filled by [`fill`].

use super::assessment::Holding;
use super::lang::Lang;

pub struct Texts {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub intro: &'static str,
    pub intro_privacy: &'static str,
    pub got_it: &'static str,
    pub language: &'static str,
    pub loading_profile: &'static str,
    pub profile_error_heading: &'static str,
    pub profile_error_hint: &'static str,
    pub progress_rated: &'static str,
    pub progress_answered: &'static str,
    pub not_rated: &'static str,
    pub no_level_yet: &'static str,
    pub level_n: &'static str,
    pub item: &'static str,
    pub target_level: &'static str,
    pub no_target: &'static str,
    pub evidence: &'static str,
    pub evidence_hint: &'static str,
    pub evidence_for: &'static str,
    pub target_for: &'static str,
    pub scale_heading: &'static str,
    pub retired_heading: &'static str,
    pub retired_intro: &'static str,
    pub storage_unreadable: &'static str,
    pub storage_full: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_backup_failed: &'static str,
    pub dismiss: &'static str,
    pub erase: &'static str,
    pub erase_title: &'static str,
    pub erase_body: &'static str,
    pub erase_confirm: &'static str,
    pub cancel: &'static str,
    pub erased: &'static str,
    pub privacy_footer: &'static str,
    pub skip_to_matrix: &'static str,
    pub unreadable_not_json: &'static str,
    pub unreadable_no_version: &'static str,
    pub unreadable_newer: &'static str,
    pub unreadable_malformed: &'static str,
    pub view_matrix: &'static str,
    pub view_summary: &'static str,
    pub views: &'static str,
    pub your_details: &'static str,
    pub name: &'static str,
    pub job_title: &'static str,
    pub organisation: &'static str,
    pub summary_title: &'static str,
    pub date: &'static str,
    pub level_heading: &'static str,
    pub level_rule: &'static str,
    pub level_because: &'static str,
    pub level_none: &'static str,
    pub typical_titles: &'static str,
    pub strengths_heading: &'static str,
    pub no_evidence: &'static str,
    pub responsibilities_heading: &'static str,
    pub tasks_held: &'static str,
    pub none_marked: &'static str,
    pub gaps_heading: &'static str,
    pub unrated_short: &'static str,
    pub and_more: &'static str,
    pub market_heading: &'static str,
    pub indicative: &'static str,
    pub market_source: &'static str,
    pub chart_heading: &'static str,
    pub chart_current: &'static str,
    pub chart_target: &'static str,
    pub chart_describe: &'static str,
    pub print: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_link: &'static str,
    pub share_label: &'static str,
    pub link_copied: &'static str,
    pub export_file: &'static str,
    pub import_file: &'static str,
    pub file_refused: &'static str,
    pub link_refused: &'static str,
    pub imported: &'static str,
    pub shared_heading: &'static str,
    pub shared_intro: &'static str,
    pub import_into_mine: &'static str,
    pub back_to_mine: &'static str,
    pub replace_title: &'static str,
    pub replace_body: &'static str,
    pub replace_confirm: &'static str,
    pub version: &'static str,
    holdings: [&'static str; 4],
}

impl Texts {
    pub fn holding(&self, holding: Holding) -> &'static str {
        match holding {
            Holding::NotHeld => self.holdings[0],
            Holding::Occasionally => self.holdings[1],
            Holding::Regularly => self.holdings[2],
            Holding::Owner => self.holdings[3],
        }
    }
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

static EN: Texts = Texts {
    app_title: "Competence Matrix",
    tagline: "for management support professionals",
    intro: "Rate your competences against the IMA Profile for Management Support Professionals: \
            choose your level for each skill and characteristic, set a target, note an example \
            that proves it, and mark the tasks you hold.",
    intro_privacy: "Everything you enter stays in this browser on this device. Nothing is sent anywhere.",
    got_it: "Got it",
    language: "Language",
    loading_profile: "Loading the competence profile…",
    profile_error_heading: "The competence profile could not be loaded",
    profile_error_hint: "Reload the page to try again. If this message stays, the profile file needs fixing:",
    progress_rated: "{answered} of {total} rated",
    progress_answered: "{answered} of {total} answered",
    not_rated: "Not rated",
    no_level_yet: "No level chosen yet.",
    level_n: "Level {n}",
    item: "Item",
    target_level: "Target level",
    no_target: "No target",
    evidence: "Evidence",
    evidence_hint: "A concrete example that shows this",
    evidence_for: "Evidence for {item}",
    target_for: "Target level for {item}",
    scale_heading: "What the levels mean",
    retired_heading: "No longer in the profile",
    retired_intro: "These items were in an earlier version of the profile. Your answers are kept here.",
    storage_unreadable: "Your saved data could not be read ({problem}). It is kept unchanged in this \
                         browser under the key “{key}”, and the app has started afresh beside it.",
    storage_full: "Your browser's storage is full, so your latest change could not be saved. \
                   Free some space (for example by erasing other sites' data) and change something again.",
    storage_unavailable: "This browser does not let the app save anything, so your answers will be \
                          lost when you close the page.",
    storage_backup_failed: "Your saved data could not be read, and it could not be set aside either. \
                            To protect it, nothing you change now will be saved.",
    dismiss: "Dismiss",
    erase: "Erase my data",
    erase_title: "Erase all your data?",
    erase_body: "This removes every rating, target and note that this app keeps in this browser, \
                 including any set-aside copies. It cannot be undone.",
    erase_confirm: "Erase everything",
    cancel: "Cancel",
    erased: "Your data has been erased from this browser.",
    privacy_footer: "No account, no tracking: your answers stay in this browser.",
    skip_to_matrix: "Skip to the matrix",
    unreadable_not_json: "it is not in a format the app knows",
    unreadable_no_version: "it has no version number",
    unreadable_newer: "it was saved by a newer version of the app (format {version})",
    unreadable_malformed: "part of it is damaged",
    view_matrix: "Matrix",
    view_summary: "Summary",
    views: "Views",
    your_details: "Your details (optional, for the summary)",
    name: "Name",
    job_title: "Job title",
    organisation: "Organisation",
    summary_title: "Competence summary",
    date: "Date",
    level_heading: "Career level the ratings support",
    level_rule: "Rule: the highest level at or above which at least half of the rated skills and characteristics stand. Unrated items do not count.",
    level_because: "{at} of {rated} rated items are at level {n} or above, led by {items}.",
    level_none: "No level yet: rate your skills and characteristics first.",
    typical_titles: "Typical job titles: {titles}",
    strengths_heading: "Strengths",
    no_evidence: "no example given yet",
    responsibilities_heading: "Responsibilities beyond the base role",
    tasks_held: "Holds {held} of the {total} base-role tasks.",
    none_marked: "None marked yet.",
    gaps_heading: "Development goals",
    unrated_short: "not rated",
    and_more: "and {n} more",
    market_heading: "Market reference",
    indicative: "indicative",
    market_source: "Source: {source}, {date}.",
    chart_heading: "Levels per block",
    chart_current: "current",
    chart_target: "target",
    chart_describe: "{block}: {counts}",
    print: "Print",
    copy_text: "Copy as text",
    copied: "Copied to the clipboard.",
    copy_failed: "The browser did not allow copying. Select the text and copy it yourself.",
    share_link: "Share link",
    share_label: "Share link to this summary",
    link_copied: "Link copied. The summary travels inside the link itself: it is never sent to a server.",
    export_file: "Export file",
    import_file: "Import file",
    file_refused: "The file was not imported: {reason} Your data is unchanged.",
    link_refused: "This share link cannot be opened: {reason} Your own data is unchanged.",
    imported: "Imported into your matrix.",
    shared_heading: "A summary shared with you",
    shared_intro: "This summary came in a link. You can read it here; your own matrix stays as it is unless you import it.",
    import_into_mine: "Import into my matrix",
    back_to_mine: "Back to my matrix",
    replace_title: "Replace your own ratings?",
    replace_body: "Your matrix already holds answers. Importing replaces all of them, and your details, with the imported ones.",
    replace_confirm: "Replace mine",
    version: "Version",
    holdings: ["Not held", "Occasionally", "Regularly", "Owner"],
};

static NL: Texts = Texts {
    app_title: "Competentiematrix",
    tagline: "voor managementondersteuners",
    intro: "Beoordeel je competenties aan de hand van het IMA-profiel voor managementondersteuners: \
            kies per vaardigheid en eigenschap je niveau, stel een doel, noteer een voorbeeld dat \
            het bewijst en geef aan welke taken je uitvoert.",
    intro_privacy: "Alles wat je invult blijft in deze browser op dit apparaat. Er wordt niets verstuurd.",
    got_it: "Begrepen",
    language: "Taal",
    loading_profile: "Het competentieprofiel wordt geladen…",
    profile_error_heading: "Het competentieprofiel kon niet worden geladen",
    profile_error_hint: "Laad de pagina opnieuw. Blijft deze melding staan, dan moet het profielbestand worden hersteld:",
    progress_rated: "{answered} van {total} beoordeeld",
    progress_answered: "{answered} van {total} ingevuld",
    not_rated: "Niet beoordeeld",
    no_level_yet: "Nog geen niveau gekozen.",
    level_n: "Niveau {n}",
    item: "Onderdeel",
    target_level: "Doelniveau",
    no_target: "Geen doel",
    evidence: "Bewijs",
    evidence_hint: "Een concreet voorbeeld dat dit laat zien",
    evidence_for: "Bewijs voor {item}",
    target_for: "Doelniveau voor {item}",
    scale_heading: "Wat de niveaus betekenen",
    retired_heading: "Niet meer in het profiel",
    retired_intro: "Deze onderdelen stonden in een eerdere versie van het profiel. Je antwoorden blijven hier bewaard.",
    storage_unreadable: "Je opgeslagen gegevens konden niet worden gelezen ({problem}). Ze zijn \
                         ongewijzigd bewaard in deze browser onder de sleutel “{key}”, en de app is \
                         daarnaast opnieuw begonnen.",
    storage_full: "De opslag van je browser is vol, dus je laatste wijziging kon niet worden bewaard. \
                   Maak ruimte vrij (bijvoorbeeld door gegevens van andere sites te wissen) en wijzig daarna opnieuw iets.",
    storage_unavailable: "Deze browser laat de app niets opslaan, dus je antwoorden gaan verloren als je de pagina sluit.",
    storage_backup_failed: "Je opgeslagen gegevens konden niet worden gelezen en ook niet apart worden \
                            gezet. Om ze te beschermen wordt niets wat je nu wijzigt opgeslagen.",
    dismiss: "Sluiten",
    erase: "Mijn gegevens wissen",
    erase_title: "Al je gegevens wissen?",
    erase_body: "Hiermee verwijder je alle beoordelingen, doelen en notities die deze app in deze \
                 browser bewaart, ook apart gezette kopieën. Dit kan niet ongedaan worden gemaakt.",
    erase_confirm: "Alles wissen",
    cancel: "Annuleren",
    erased: "Je gegevens zijn uit deze browser gewist.",
    privacy_footer: "Geen account, geen tracking: je antwoorden blijven in deze browser.",
    skip_to_matrix: "Direct naar de matrix",
    unreadable_not_json: "ze hebben een indeling die de app niet kent",
    unreadable_no_version: "ze hebben geen versienummer",
    unreadable_newer: "ze zijn opgeslagen door een nieuwere versie van de app (indeling {version})",
    unreadable_malformed: "een deel ervan is beschadigd",
    view_matrix: "Matrix",
    view_summary: "Samenvatting",
    views: "Weergaven",
    your_details: "Je gegevens (optioneel, voor de samenvatting)",
    name: "Naam",
    job_title: "Functie",
    organisation: "Organisatie",
    summary_title: "Competentieoverzicht",
    date: "Datum",
    level_heading: "Loopbaanniveau volgens de beoordeling",
    level_rule: "Regel: het hoogste niveau waarop of waarboven minstens de helft van de beoordeelde vaardigheden en eigenschappen staat. Niet-beoordeelde onderdelen tellen niet mee.",
    level_because: "{at} van de {rated} beoordeelde onderdelen staan op niveau {n} of hoger, voorop {items}.",
    level_none: "Nog geen niveau: beoordeel eerst je vaardigheden en eigenschappen.",
    typical_titles: "Gangbare functietitels: {titles}",
    strengths_heading: "Sterke punten",
    no_evidence: "nog geen voorbeeld gegeven",
    responsibilities_heading: "Verantwoordelijkheden naast de basisrol",
    tasks_held: "Voert {held} van de {total} basistaken uit.",
    none_marked: "Nog niets aangegeven.",
    gaps_heading: "Ontwikkeldoelen",
    unrated_short: "niet beoordeeld",
    and_more: "en nog {n}",
    market_heading: "Marktreferentie",
    indicative: "indicatief",
    market_source: "Bron: {source}, {date}.",
    chart_heading: "Niveaus per blok",
    chart_current: "huidig",
    chart_target: "doel",
    chart_describe: "{block}: {counts}",
    print: "Afdrukken",
    copy_text: "Kopiëren als tekst",
    copied: "Gekopieerd naar het klembord.",
    copy_failed: "De browser stond kopiëren niet toe. Selecteer de tekst en kopieer die zelf.",
    share_link: "Link delen",
    share_label: "Link naar deze samenvatting",
    link_copied: "Link gekopieerd. De samenvatting zit in de link zelf en wordt nooit naar een server gestuurd.",
    export_file: "Bestand exporteren",
    import_file: "Bestand importeren",
    file_refused: "Het bestand is niet geïmporteerd: {reason} Je gegevens zijn niet gewijzigd.",
    link_refused: "Deze gedeelde link kan niet worden geopend: {reason} Je eigen gegevens zijn niet gewijzigd.",
    imported: "Geïmporteerd in je matrix.",
    shared_heading: "Een samenvatting die met je is gedeeld",
    shared_intro: "Deze samenvatting kwam via een link. Je kunt hem hier lezen; je eigen matrix blijft zoals hij is, tenzij je hem importeert.",
    import_into_mine: "Importeren in mijn matrix",
    back_to_mine: "Terug naar mijn matrix",
    replace_title: "Je eigen beoordeling vervangen?",
    replace_body: "Je matrix bevat al antwoorden. Importeren vervangt ze allemaal, en ook je gegevens, door de geïmporteerde.",
    replace_confirm: "Vervang de mijne",
    version: "Versie",
    holdings: ["Niet", "Af en toe", "Regelmatig", "Eigenaar"],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill(
                texts(Lang::En).progress_rated,
                &[("answered", "3"), ("total", "18")]
            ),
            "3 of 18 rated"
        );
        assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
    }

    #[test]
    fn every_language_has_the_same_placeholders() {
        let placeholders = |t: &Texts| {
            [
                t.progress_rated,
                t.level_n,
                t.storage_unreadable,
                t.unreadable_newer,
            ]
            .map(|s| s.matches('{').count())
        };
        assert_eq!(placeholders(texts(Lang::En)), placeholders(texts(Lang::Nl)));
    }
}
