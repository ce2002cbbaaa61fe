//! The app's own texts in every language it speaks. (The profile's texts come with the
//! profile file.) Each text is written once per language on one line of the tables below, so
//! that no sentence can exist in English only. The documents' texts have a table of their own:
//! only the views module, which draws the documents, carries them. Templates use `{name}`
//! placeholders, filled by [`fill`].

use super::lang::Lang;

macro_rules! texts {
    (
        $table:ident, $en_table:ident, $nl_table:ident, $pairs:ident;
        $($extra:ident: $extra_type:ty = $extra_en:expr, $extra_nl:expr;)*
        { $($name:ident: $en:expr, $nl:expr;)* }
    ) => {
        pub struct $table {
            $(pub $name: &'static str,)*
            $(pub $extra: $extra_type,)*
        }
        static $en_table: $table = $table {
            $($name: $en,)*
            $($extra: $extra_en,)*
        };
        static $nl_table: $table = $table {
            $($name: $nl,)*
            $($extra: $extra_nl,)*
        };
        /// Every text with its name, for the tests that hold both languages to each other.
        #[cfg(test)]
        pub(crate) fn $pairs() -> Vec<(&'static str, &'static str, &'static str)> {
            vec![$((stringify!($name), $en, $nl),)*]
        }
    };
}

// The texts of the shell and the matrix: what the main module shows.
texts! {
    Texts, EN, NL, all_pairs;
    holdings: [&'static str; 4] =
        ["Not held", "Occasionally", "Regularly", "Owner"],
        ["Niet", "Af en toe", "Regelmatig", "Eigenaar"];
    perspectives: [&'static str; 3] = ["Self", "Manager", "Other"], ["Zelf", "Manager", "Ander"];
    lang: Lang = Lang::En, Lang::Nl;
    {
    // The shell
    app_title: "Competence Matrix", "Competentiematrix";
    tagline: "for management support professionals", "voor management\u{ad}ondersteuners";
    intro: "Rate your competences against the IMA Profile for Management Support Professionals: choose your level for each skill and characteristic, set a target, note an example that proves it, and mark the tasks you hold.",
        "Beoordeel je competenties aan de hand van het IMA-profiel voor managementondersteuners: kies per vaardigheid en eigenschap je niveau, stel een doel, noteer een voorbeeld dat het bewijst en geef aan welke taken je uitvoert.";
    intro_privacy: "Everything you enter stays in this browser on this device. Nothing is sent anywhere.",
        "Alles wat je invult blijft in deze browser op dit apparaat. Er wordt niets verstuurd.";
    got_it: "Got it", "Begrepen";
    language: "Language", "Taal";
    theme: "Colours", "Kleuren";
    theme_device: "As the device", "Zoals het apparaat";
    theme_light: "Light", "Licht";
    theme_dark: "Dark", "Donker";
    loading_view: "Loading…", "Bezig met laden…";
    view_failed: "This view could not be loaded. Check your connection, then open it again.",
        "Deze weergave kon niet worden geladen. Controleer je verbinding en open haar opnieuw.";
    profile_error_heading: "The competence profile could not be loaded", "Het competentieprofiel kon niet worden geladen";
    profile_error_hint: "Reload the page to try again. If this message stays, the profile file needs fixing:",
        "Laad de pagina opnieuw. Blijft deze melding staan, dan moet het profielbestand worden hersteld:";
    privacy_footer: "No account, no tracking: your answers stay in this browser.", "Geen account, geen tracking: je antwoorden blijven in deze browser.";
    skip_to_content: "Skip to the content", "Direct naar de inhoud";
    version: "Version", "Versie";
    views: "Views", "Weergaven";
    view_matrix: "Matrix", "Matrix";
    view_summary: "Summary", "Samenvatting";
    view_compare: "Compare", "Vergelijken";
    view_roles: "Role profiles", "Functieprofielen";
    dismiss: "Dismiss", "Sluiten";
    print_wait: "The summary is being prepared. Close this and print again in a moment.",
        "De samenvatting wordt klaargezet. Sluit dit venster en druk zo dadelijk opnieuw af.";
    cancel: "Cancel", "Annuleren";

    // The matrix
    progress_rated: "{answered} of {total} rated", "{answered} van {total} beoordeeld";
    progress_answered: "{answered} of {total} answered", "{answered} van {total} ingevuld";
    progress_chosen: "{answered} of {total} chosen", "{answered} van {total} gekozen";
    not_rated: "Not rated", "Niet beoordeeld";
    level_n: "Level {n}", "Niveau {n}";
    item: "Item", "Onderdeel";
    target_level: "Target level", "Doelniveau";
    no_target: "No target", "Geen doel";
    evidence: "Evidence", "Bewijs";
    evidence_hint: "A concrete example that shows this", "Een concreet voorbeeld dat dit laat zien";
    evidence_for: "Evidence for {item}", "Bewijs voor {item}";
    target_for: "Target level for {item}", "Doelniveau voor {item}";
    scale_heading: "What the levels mean", "Wat de niveaus betekenen";
    retired_heading: "No longer in the profile", "Niet meer in het profiel";
    retired_intro: "These items were in an earlier version of the profile. Your answers are kept here.",
        "Deze onderdelen stonden in een eerdere versie van het profiel. Je antwoorden blijven hier bewaard.";
    unrated_short: "not rated", "niet beoordeeld";
    unanswered: "not answered", "niet ingevuld";
    show_hints: "Show {x}’s answers beside each item", "Toon de antwoorden van {x} bij elk onderdeel";

    // Assessments
    assessment: "Assessment", "Beoordeling";
    assessments_heading: "Your assessments", "Je beoordelingen";
    about_assessment: "About this assessment", "Over deze beoordeling";
    assessment_name: "Name of the assessment", "Naam van de beoordeling";
    assessment_date: "Date", "Datum";
    whose_view: "Whose view", "Wiens beeld";
    new_assessment: "New assessment", "Nieuwe beoordeling";
    copy_assessment: "Copy", "Kopiëren";
    delete_assessment: "Delete", "Verwijderen";
    delete_title: "Delete “{x}”?", "“{x}” verwijderen?";
    delete_body: "Its ratings, targets and notes are removed from this browser. This cannot be undone.",
        "De beoordelingen, doelen en notities ervan worden uit deze browser verwijderd. Dit kan niet ongedaan worden gemaakt.";
    delete_confirm: "Delete it", "Verwijderen";
    copy_of: "Copy of {x}", "Kopie van {x}";
    your_details: "About the person (optional, for the summary)", "Over de persoon (optioneel, voor de samenvatting)";
    name: "Name", "Naam";
    job_title: "Job title", "Functie";
    organisation: "Organisation", "Organisatie";

    // Erasing
    erase: "Erase my data", "Mijn gegevens wissen";
    erase_title: "Erase all your data?", "Al je gegevens wissen?";
    erase_body: "This removes every assessment, role profile, rating, target and note that this app keeps in this browser, including any set-aside copies. It cannot be undone.",
        "Hiermee verwijder je alle beoordelingen, functieprofielen, doelen en notities die deze app in deze browser bewaart, ook apart gezette kopieën. Dit kan niet ongedaan worden gemaakt.";
    erase_confirm: "Erase everything", "Alles wissen";
    erased: "Your data has been erased from this browser.", "Je gegevens zijn uit deze browser gewist.";

    // Notices about storage
    storage_unreadable: "Your saved data could not be read ({problem}). It is kept unchanged in this browser under the key “{key}”, and the app has started afresh beside it.",
        "Je opgeslagen gegevens konden niet worden gelezen ({problem}). Ze zijn ongewijzigd bewaard in deze browser onder de sleutel “{key}”, en de app is daarnaast opnieuw begonnen.";
    storage_full: "Your browser’s storage is full, so your latest change could not be saved. Free some space (for example by erasing other sites’ data) and change something again.",
        "De opslag van je browser is vol, dus je laatste wijziging kon niet worden bewaard. Maak ruimte vrij (bijvoorbeeld door gegevens van andere sites te wissen) en wijzig daarna opnieuw iets.";
    storage_unavailable: "This browser does not let the app save anything, so your answers will be lost when you close the page. Export a file from the Summary to keep them.",
        "Deze browser laat de app niets opslaan, dus je antwoorden gaan verloren als je de pagina sluit. Exporteer een bestand vanuit de Samenvatting om ze te bewaren.";
    storage_backup_failed: "Your saved data could not be read, and it could not be set aside either. To protect it, nothing you change now will be saved.",
        "Je opgeslagen gegevens konden niet worden gelezen en ook niet apart worden gezet. Om ze te beschermen wordt niets wat je nu wijzigt opgeslagen.";
    other_tab_newer: "Another tab saved your data with a newer version of the app. To protect that data, this tab no longer saves: reload the page to update the app.",
        "Een ander tabblad heeft je gegevens opgeslagen met een nieuwere versie van de app. Om die gegevens te beschermen slaat dit tabblad niets meer op: laad de pagina opnieuw om de app bij te werken.";
    answers_set_aside: "{n} saved answers could not be used ({detail}). They are kept unchanged in this browser under the key “{key}” and left out of your matrix and summary.",
        "{n} opgeslagen antwoorden konden niet worden gebruikt ({detail}). Ze zijn ongewijzigd bewaard in deze browser onder de sleutel “{key}” en blijven buiten je matrix en samenvatting.";
    unreadable_not_json: "it is not in a format the app knows", "ze hebben een indeling die de app niet kent";
    unreadable_no_version: "it has no version number", "ze hebben geen versienummer";
    unreadable_newer: "it was saved by a newer version of the app (format {version})", "ze zijn opgeslagen door een nieuwere versie van de app (indeling {version})";
    unreadable_malformed: "part of it is damaged", "een deel ervan is beschadigd";

    // Fetching the profile
    fetch_offline: "the file {x} could not be fetched (are you offline?)", "het bestand {x} kon niet worden opgehaald (ben je offline?)";
    fetch_status: "the file {x} was not found (HTTP {status})", "het bestand {x} is niet gevonden (HTTP {status})";
    fetch_unreadable: "the file {x} could not be read", "het bestand {x} kon niet worden gelezen";

    // Profile validation
    profile_not_json: "the profile file is not valid JSON (reading stopped at line {line}, column {column})", "het profielbestand is geen geldige JSON (het lezen stopte bij regel {line}, kolom {column})";
    profile_schema: "the profile file uses format version {x}, but this app reads version {ours}", "het profielbestand gebruikt indelingsversie {x}, maar deze app leest versie {ours}";
    profile_no_schema: "the profile file has no “schema” number, so its format version is unknown", "het profielbestand heeft geen “schema”-nummer, dus de indelingsversie is onbekend";
    profile_malformed: "the profile file does not have the expected shape: {x}", "het profielbestand heeft niet de verwachte vorm: {x}";
    profile_malformed_unsaid: "the profile file does not have the expected shape", "het profielbestand heeft niet de verwachte vorm";
    profile_no_languages: "the profile file lists no languages", "het profielbestand noemt geen talen";
    profile_no_levels: "the profile file has no level scale", "het profielbestand heeft geen niveauschaal";
    profile_too_many_levels: "the level scale has {x} levels; the app supports at most {max}", "de niveauschaal heeft {x} niveaus; de app ondersteunt er hoogstens {max}";
    profile_levels_order: "level {x} stands at position {position} of the level scale; levels must be numbered 1, 2, 3, … in order",
        "niveau {x} staat op plaats {position} van de niveauschaal; niveaus moeten op volgorde genummerd zijn: 1, 2, 3, …";
    profile_no_blocks: "the profile file has no blocks of items", "het profielbestand heeft geen blokken met onderdelen";
    profile_empty_block: "block “{x}” has no items", "blok “{x}” heeft geen onderdelen";
    profile_bad_id: "block “{x}” has an id that is empty, too long or contains spaces", "blok “{x}” heeft een id die leeg of te lang is of spaties bevat";
    profile_duplicate_block: "block id “{x}” is used twice; every block needs its own id", "blok-id “{x}” komt twee keer voor; elk blok heeft een eigen id nodig";
    profile_duplicate_item: "item id “{x}” is used twice; every item needs its own id", "onderdeel-id “{x}” komt twee keer voor; elk onderdeel heeft een eigen id nodig";
    profile_missing_translation: "{x} has no text in language “{lang}”", "{x} heeft geen tekst in de taal “{lang}”";
    place_profile_name: "the profile name", "de profielnaam";
    place_level_name: "the name of level {x}", "de naam van niveau {x}";
    place_level_descriptor: "the descriptor of level {x}", "de beschrijving van niveau {x}";
    place_block_title: "the title of block “{x}”", "de titel van blok “{x}”";
    place_item: "item “{x}”", "onderdeel “{x}”";
    place_career_name: "the name of career level {x}", "de naam van loopbaanniveau {x}";
    place_career_title: "a job title of career level {x}", "een functietitel van loopbaanniveau {x}";
    place_market: "a text of the market reference", "een tekst van de marktreferentie";
    shape_error: "at {path}, {expected} was expected", "bij {path} werd {expected} verwacht";
    expect_text: "text", "tekst";
    expect_number: "a whole number in range", "een geheel getal binnen bereik";
    expect_yes_no: "true or false", "true of false";
    expect_list: "a list", "een lijst";
    expect_object: "an object", "een object";
    expect_present: "a value", "een waarde";
    expect_other: "a value of another kind", "een waarde van een andere soort";
    expect_one_of: "one of {words}", "een van {words}";

    // Links and files from outside
    invalid_level: "level {level} for “{x}”, outside the scale 1–{top}", "niveau {level} bij “{x}”, buiten de schaal 1–{top}";
    invalid_kind: "an answer of the wrong kind for “{x}”", "een antwoord van de verkeerde soort bij “{x}”";
    imported: "Imported into your matrix.", "Geïmporteerd in je matrix.";
    added: "Added as a new assessment: “{x}”.", "Toegevoegd als nieuwe beoordeling: “{x}”.";
    role_added: "Added to your role profiles: “{x}”.", "Toegevoegd aan je functieprofielen: “{x}”.";
    shared_whose: "{view} view of {who}, {date}", "Beeld van {who} ({view}), {date}";
    someone: "someone", "iemand";
    copied: "Copied to the clipboard.", "Gekopieerd naar het klembord.";
    untitled_role: "Untitled role profile", "Functieprofiel zonder titel";
    not_needed: "Not needed", "Niet nodig";
    not_needed_line: "Not needed for this post.", "Niet nodig voor deze functie.";
    not_in_post: "Not part", "Geen deel";
    required: "Required", "Vereist";
    optional: "Optional", "Optioneel";

    // Sandboxed or scriptless frames
    frame_blocked: "This page is inside a frame that does not allow it to run. Open it in its own tab to rate your competences.",
        "Deze pagina staat in een frame dat haar niet laat werken. Open haar in een eigen tabblad om je competenties te beoordelen.";
    }
}

// The texts of the documents and of the views the views module draws (see `Texts::doc`).
texts! {
    DocTexts, DOC_EN, DOC_NL, doc_pairs;
    {
    // Refusals of a link or a file
    refused_not_ours: "This is not a Competence Matrix link or file.", "Dit is geen link of bestand van de Competentiematrix.";
    refused_damaged: "This link or file is damaged: part of it is missing or was changed. Ask the sender for it again.",
        "Deze link of dit bestand is beschadigd: er ontbreekt iets of er is iets veranderd. Vraag de afzender het opnieuw te sturen.";
    refused_newer: "This was made by a newer version of the app (format {x}). Reload the page to update the app, then try again.",
        "Dit is gemaakt met een nieuwere versie van de app (indeling {x}). Laad de pagina opnieuw om de app bij te werken en probeer het dan nog eens.";
    refused_other_profile: "This was made with another competence profile (“{x}”) than the one loaded here.",
        "Dit is gemaakt met een ander competentieprofiel (“{x}”) dan het profiel dat hier is geladen.";
    refused_other_version: "This was made with version {x} of the profile, which this app no longer has. Ask the sender for an exported file instead: files carry over between versions.",
        "Dit is gemaakt met versie {x} van het profiel, die deze app niet meer heeft. Vraag de afzender om een geëxporteerd bestand: bestanden gaan mee naar een nieuwe versie.";
    refused_invalid: "This link or file holds a value the app cannot use: {x}.", "Deze link of dit bestand bevat een waarde die de app niet kan gebruiken: {x}.";
    refused_too_large: "This file is too large to be a Competence Matrix file (at most 2 MB); it was not read.",
        "Dit bestand is te groot voor een bestand van de Competentiematrix (hoogstens 2 MB); het is niet gelezen.";
    refused_wrong_kind: "This holds a role profile where an assessment was expected, or the other way round.",
        "Dit bevat een functieprofiel waar een beoordeling werd verwacht, of andersom.";
    invalid_field_long: "a name or title longer than {x} characters", "een naam of titel van meer dan {x} tekens";
    invalid_too_many: "more than {x} answers", "meer dan {x} antwoorden";
    invalid_bad_item: "an item without a proper id", "een onderdeel zonder geldige id";
    invalid_twice: "item “{x}” twice", "onderdeel “{x}” twee keer";
    invalid_note_long: "a note longer than {max} characters for “{x}”", "een notitie van meer dan {max} tekens bij “{x}”";
    file_refused: "The file was not imported: {reason} Your data is unchanged.", "Het bestand is niet geïmporteerd: {reason} Je gegevens zijn niet gewijzigd.";
    link_refused: "This link cannot be opened: {reason} Your own data is unchanged.", "Deze link kan niet worden geopend: {reason} Je eigen gegevens zijn niet gewijzigd.";

    loading_profile: "Loading the competence profile…", "Het competentieprofiel wordt geladen…";
    no_level_yet: "No level chosen yet.", "Nog geen niveau gekozen.";
    target_n: "target {n}", "doel {n}";

    // The incoming (read-only) view
    shared_heading: "An assessment shared with you", "Een beoordeling die met je is gedeeld";
    shared_intro: "It came in a link or a file. You can read it here; your own assessments stay as they are until you add it.",
        "Deze kwam via een link of een bestand. Je kunt hem hier lezen; je eigen beoordelingen blijven zoals ze zijn tot je hem toevoegt.";
    add_as_new: "Add as a new assessment", "Toevoegen als nieuwe beoordeling";
    import_over: "Import over “{x}”", "Importeren over “{x}”";
    rate_myself: "Rate this person myself", "Deze persoon zelf beoordelen";
    back_to_mine: "Back to my matrix", "Terug naar mijn matrix";
    shared_role_heading: "A role profile shared with you", "Een functieprofiel dat met je is gedeeld";
    shared_role_intro: "You can read it here and add it to your role profiles.", "Je kunt het hier lezen en toevoegen aan je functieprofielen.";
    add_role: "Add to my role profiles", "Toevoegen aan mijn functieprofielen";
    replace_title: "Replace “{x}”?", "“{x}” vervangen?";
    replace_body: "It already holds answers. Importing replaces all of them, and the details of the person, with the imported ones.",
        "Deze bevat al antwoorden. Importeren vervangt ze allemaal, en ook de gegevens van de persoon, door de geïmporteerde.";
    replace_confirm: "Replace it", "Vervangen";

    // Sharing
    print: "Print", "Afdrukken";
    copy_text: "Copy as text", "Kopiëren als tekst";
    copy_failed: "The browser did not allow copying. Select the text below and copy it yourself.", "De browser stond kopiëren niet toe. Selecteer de tekst hieronder en kopieer die zelf.";
    share_link: "Share", "Delen";
    share_label: "Link to share", "Link om te delen";
    text_label: "Text to copy", "Tekst om te kopiëren";
    link_copied: "Link copied. Everything travels inside the link itself: it is never sent to a server.",
        "Link gekopieerd. Alles zit in de link zelf en wordt nooit naar een server gestuurd.";
    link_shared: "Shared. Everything travels inside the link itself: it is never sent to a server.",
        "Gedeeld. Alles zit in de link zelf en wordt nooit naar een server gestuurd.";
    export_file: "Export file", "Bestand exporteren";
    import_file: "Import file", "Bestand importeren";

    // The summary
    summary_title: "Competence summary", "Competentieoverzicht";
    level_heading: "Career level the ratings support", "Loopbaanniveau volgens de beoordeling";
    level_rule: "Rule: the highest level at or above which at least half of the rated skills and characteristics stand, claimed once at least half of all of them ({threshold} of {total}) are rated. Unrated items do not count.",
        "Regel: het hoogste niveau waarop of waarboven minstens de helft van de beoordeelde vaardigheden en eigenschappen staat, toegekend zodra minstens de helft ervan ({threshold} van {total}) is beoordeeld. Niet-beoordeelde onderdelen tellen niet mee.";
    level_because: "{at} of {rated} rated items are at level {n} or above, led by {items}.", "{at} van de {rated} beoordeelde onderdelen staan op niveau {n} of hoger, voorop {items}.";
    level_none: "No level yet: rate your skills and characteristics first.", "Nog geen niveau: beoordeel eerst je vaardigheden en eigenschappen.";
    level_none_short: "no level yet", "nog geen niveau";
    provisional_level: "Provisional: {x}", "Voorlopig: {x}";
    rate_more: "Rate {n} more of the {total} skills and characteristics to claim a career level ({rated} rated so far).",
        "Beoordeel nog {n} van de {total} vaardigheden en eigenschappen om een loopbaanniveau te kunnen claimen ({rated} beoordeeld tot nu toe).";
    typical_titles: "Typical job titles: {titles}", "Gangbare functietitels: {titles}";
    strengths_heading: "Strengths", "Sterke punten";
    no_evidence: "no example given yet", "nog geen voorbeeld gegeven";
    responsibilities_heading: "Responsibilities beyond the base role", "Verantwoordelijkheden naast de basisrol";
    tasks_held: "Holds {held} of the {total} base-role tasks.", "Voert {held} van de {total} basistaken uit.";
    none_marked: "None marked yet.", "Nog niets aangegeven.";
    gaps_heading: "Development goals", "Ontwikkeldoelen";
    and_more: "and {n} more", "en nog {n}";
    market_heading: "Market reference", "Marktreferentie";
    indicative: "indicative", "indicatief";
    market_source: "Source: {source}, {date}.", "Bron: {source}, {date}.";
    from_amount: "from", "vanaf";
    up_to_amount: "up to", "tot";
    chart_heading: "Levels per block", "Niveaus per blok";
    chart_current: "current", "huidig";
    chart_target: "target", "doel";
    chart_describe: "{block}: {counts}", "{block}: {counts}";
    chart_level: "level {n}: {a} {x}, {b} {y}", "niveau {n}: {a} {x}, {b} {y}";
    aim_label: "Hold against a role profile", "Vergelijken met een functieprofiel";
    aim_none: "No role profile", "Geen functieprofiel";

    // The comparison
    compare_heading: "Compare two assessments", "Twee beoordelingen vergelijken";
    compare_intro: "Add a manager’s assessment from a link or a file, or make a second one yourself, to compare.",
        "Voeg de beoordeling van een manager toe via een link of bestand, of maak zelf een tweede, om te vergelijken.";
    compare_first: "Compare", "Vergelijk";
    compare_second: "with", "met";
    order_label: "Order", "Volgorde";
    order_difference: "Largest difference first", "Grootste verschil eerst";
    order_profile: "Profile order", "Volgorde van het profiel";
    only_differences: "Only where we differ", "Alleen waar we verschillen";
    compare_title: "{a} and {b} compared", "{a} en {b} vergeleken";
    growth_title: "Growth from {a} to {b}", "Groei van {a} naar {b}";
    agreement_heading: "Agreement", "Overeenstemming";
    tally_agree: "items agree", "onderdelen komen overeen";
    tally_one: "differ by one step", "verschillen één stap";
    tally_more: "differ by two steps or more", "verschillen twee stappen of meer";
    tally_one_side: "answered on one side only", "aan één kant ingevuld";
    level_heading_both: "Career level each supports", "Loopbaanniveau per beoordeling";
    average_per_block: "Average level per block", "Gemiddeld niveau per blok";
    change_per_block: "Change per block", "Verandering per blok";
    items_heading: "Per item", "Per onderdeel";
    items_differ_heading: "Per item, where they differ", "Per onderdeel, waar ze verschillen";
    nothing_differs: "Nothing differs.", "Er is geen verschil.";
    diff_same: "same", "gelijk";
    diff_same_growth: "same", "gelijk gebleven";
    diff_higher: "{n} higher", "{n} hoger";
    diff_lower: "{n} lower", "{n} lager";
    diff_up: "up {n}", "{n} omhoog";
    diff_down: "down {n}", "{n} omlaag";
    diff_one_side: "one side only", "aan één kant";
    not_compared_heading: "Not compared", "Niet vergeleken";
    not_compared_intro: "These answers belong to items of another version of the profile; they are kept, not compared.",
        "Deze antwoorden horen bij onderdelen uit een andere versie van het profiel; ze blijven bewaard maar worden niet vergeleken.";
    compare_refused: "These two cannot be compared: {x}", "Deze twee kunnen niet worden vergeleken: {x}";
    compare_needs_two: "There is only one assessment so far.", "Er is nog maar één beoordeling.";

    // Role profiles
    roles_heading: "Role profiles", "Functieprofielen";
    roles_intro: "Describe what a post needs — its tasks, and the level of each skill and characteristic — to hold assessments against it and to write a job description.",
        "Beschrijf wat een functie vraagt — de taken en het niveau van elke vaardigheid en eigenschap — om beoordelingen ermee te vergelijken en een functieomschrijving te maken.";
    role_profile: "Role profile", "Functieprofiel";
    new_role: "New role profile", "Nieuw functieprofiel";
    role_title: "Title of the post", "Functietitel";
    role_purpose: "Purpose of the post", "Doel van de functie";
    role_purpose_hint: "What the post is for, in a few sentences", "Waar de functie voor is, in een paar zinnen";
    delete_role_title: "Delete the role profile “{x}”?", "Het functieprofiel “{x}” verwijderen?";
    delete_role_body: "It is removed from this browser. Assessments held against it keep their answers. This cannot be undone.",
        "Het wordt uit deze browser verwijderd. Beoordelingen die ermee werden vergeleken houden hun antwoorden. Dit kan niet ongedaan worden gemaakt.";
    no_roles: "No role profiles yet.", "Nog geen functieprofielen.";
    role_asks: "asks for level {x}", "vraagt niveau {x}";
    fit_heading: "Fit with “{role}”", "Aansluiting bij “{role}”";
    fit_title: "{who} against {role}", "{who} tegenover {role}";
    fit_for: "Hold an assessment against this role", "Een beoordeling met deze functie vergelijken";
    fit_meets: "Meets {meets} of {required} required skills and characteristics", "Voldoet aan {meets} van de {required} vereiste vaardigheden en eigenschappen";
    largest_gaps: "largest gaps", "grootste tekorten";
    levels_below: "{n} below", "{n} eronder";
    levels_above: "{n} above", "{n} erboven";
    mark_meets: "meets", "voldoet";
    required_vs_rated: "required {required}, rated {rated}", "vereist {required}, beoordeeld {rated}";
    fit_tasks: "Holds {held} of the {required} required tasks and responsibilities.", "Voert {held} van de {required} vereiste taken en verantwoordelijkheden uit.";
    fit_items_heading: "Skills and characteristics the post needs", "Vaardigheden en eigenschappen die de functie vraagt";
    fit_missing_heading: "Tasks and responsibilities not yet held", "Taken en verantwoordelijkheden die nog niet worden uitgevoerd";
    none_missing: "None: every task the post needs is held.", "Geen: elke taak die de functie vraagt wordt uitgevoerd.";
    print_fit: "Print the fit", "Aansluiting afdrukken";

    // The job description
    job_description: "Job description", "Functieomschrijving";
    jd_language: "Language of the job description", "Taal van de functieomschrijving";
    copy_jd: "Copy job description", "Functieomschrijving kopiëren";
    download_jd: "Download as text", "Downloaden als tekst";
    print_jd: "Print job description", "Functieomschrijving afdrukken";
    jd_purpose: "Purpose", "Doel";
    jd_level: "Level", "Niveau";
    jd_level_line: "Career level {x}", "Loopbaanniveau {x}";
    jd_tasks: "Tasks and responsibilities", "Taken en verantwoordelijkheden";
    jd_required: "Required", "Vereist";
    jd_optional: "Desirable", "Gewenst";
    jd_at_level: "At level {n} ({name}): {descriptor}", "Op niveau {n} ({name}): {descriptor}";
    jd_salary: "Salary indication", "Salarisindicatie";
    jd_salary_line: "{range} {period} ({region}, {band}), indicative.", "{range} {period} ({region}, {band}), indicatief.";
    }
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

impl Texts {
    /// The texts of the documents in the same language. Apart from these, so that the main
    /// module, which draws no document, does not carry them.
    pub fn doc(&self) -> &'static DocTexts {
        match self.lang {
            Lang::En => &DOC_EN,
            Lang::Nl => &DOC_NL,
        }
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass over the template: a value
/// is never read as a template, so a name that holds "{b}" stays as it is. A placeholder
/// without a value is left in place.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

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
        assert_eq!(fill("{missing} {", &[("a", "x")]), "{missing} {");
    }

    #[test]
    fn a_value_is_never_read_as_a_template() {
        let t = texts(Lang::En).doc();
        assert_eq!(
            fill(t.compare_title, &[("a", "Self {b}"), ("b", "Manager")]),
            "Self {b} and Manager compared"
        );
        assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "{a}")]), "{b}{a}");
    }

    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_text_has_the_same_placeholders_in_both_languages() {
        for (name, en, nl) in all_pairs().into_iter().chain(doc_pairs()) {
            assert_eq!(placeholders(en), placeholders(nl), "{name}");
        }
    }

    #[test]
    fn every_text_exists_in_both_languages_and_dutch_is_not_english() {
        // Words that read the same in both languages.
        let same = ["Matrix", "Version", "{block}: {counts}", "Manager"];
        for (name, en, nl) in all_pairs().into_iter().chain(doc_pairs()) {
            assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{name}");
            if en == nl {
                assert!(same.contains(&en), "{name} is not translated: {en:?}");
            }
        }
    }
}
