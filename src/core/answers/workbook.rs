//! Everything the user keeps in this browser — their assessments, their role profiles, the
//! language they chose — and the rules for changing it: when an import must ask first, what a
//! new or copied assessment is called, what is left when one is deleted, when there is nothing
//! worth storing. The browser-facing session (`ui::session`) calls these; it decides nothing.

use serde::Serialize;

use crate::core::answers::agreement::Agreement;
use crate::core::answers::assessment::{AnswerProblem, Assessment, Perspective, Rating};
use crate::core::answers::role::RoleProfile;
pub use crate::core::answers::stamps::Stamps;
use crate::core::answers::versions::{self, Changes};
use crate::core::formats::shared::{Person, ProfileRef, Shared};
use crate::core::profile::{ItemName, Profile};
use crate::core::visit::theme::Theme;
use crate::core::words::lang::{lower, Lang};
use crate::core::words::texts::texts;

/// The one storage key of the app's data.
pub const STORAGE_KEY: &str = "competence-matrix";

/// The id of the assessment a first visit starts with.
pub const FIRST_ID: &str = "a1";

/// What [`Workbook::take_unusable`] keeps under a backup key.
#[derive(Serialize)]
struct SetAsideDoc {
    set_aside_from: &'static str,
    assessments: Vec<SetAsideEntry>,
}

#[derive(Serialize)]
struct SetAsideEntry {
    id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    name: String,
    ratings: Vec<Rating>,
}

/// A number in base 36, for short ids.
fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// One assessment as kept in the browser: whose view, of whom, when, and the answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// Local to this browser, never shared.
    pub id: String,
    /// Given by the user; empty shows as "Self, 2026" (see [`Entry::title`]).
    pub name: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub perspective: Perspective,
    pub person: Person,
    /// The profile it was made with, when known (entries from before version 2 do not say).
    pub profile: Option<ProfileRef>,
    /// The entry whose levels are shown beside each item as a hint (a manager rating an
    /// assistant sees the assistant's own levels).
    pub hints_from: Option<String>,
    /// The role profile the summary holds this assessment against.
    pub aim: Option<String>,
    /// For an agreed assessment: the two it was agreed from.
    pub agreement: Option<Agreement>,
    /// One of the people of the manager's team (see `core::computed::team`).
    pub in_team: bool,
    pub assessment: Assessment,
    pub stamps: Stamps,
}

/// An assessment from a link or file as an entry of the workbook, before it has an id.
impl From<Shared> for Entry {
    fn from(shared: Shared) -> Entry {
        Entry {
            id: String::new(),
            name: shared.name,
            date: shared.date,
            perspective: shared.perspective,
            person: shared.person,
            profile: Some(shared.profile),
            hints_from: None,
            aim: None,
            agreement: shared.agreement,
            in_team: false,
            assessment: shared.assessment,
            stamps: Stamps::default(),
        }
    }
}

impl Entry {
    /// The name to show: the user's, or "Self, 2026" from whose view and the year.
    pub fn title(&self, lang: Lang) -> String {
        let name = self.name.trim();
        if !name.is_empty() {
            return name.to_string();
        }
        let year = self.date.get(..4).unwrap_or_default();
        let view = self.perspective.label(lang);
        let who = self.person.name.trim();
        if who.is_empty() || self.perspective == Perspective::Own {
            format!("{view}, {year}")
        } else {
            format!("{who} — {view}, {year}")
        }
    }

    /// The title with whom it is about, for a list of people: "Anna de Vries — Self, 2026"
    /// ("Anna de Vries — Manager, 2026" already says it).
    pub fn named_title(&self, lang: Lang) -> String {
        let (title, who) = (self.title(lang), self.person.name.trim());
        if who.is_empty() || title.contains(who) {
            title
        } else {
            format!("{who} — {title}")
        }
    }

    /// Whose answers these are, for a hint: the person's name, else the title.
    pub fn whose(&self, lang: Lang) -> String {
        let who = self.person.name.trim();
        if who.is_empty() {
            self.title(lang)
        } else {
            who.to_string()
        }
    }

    /// The views it may be said to be: an agreed assessment is agreed (it says what it was
    /// agreed from); any other is the person's own, a manager's or someone else's.
    pub fn views(&self) -> &'static [Perspective] {
        if self.agreement.is_some() {
            &[Perspective::Agreed]
        } else {
            &Perspective::ALL[..3]
        }
    }

    /// True when nothing was entered: such an entry is not worth storing, and importing over
    /// it loses nothing.
    pub fn is_blank(&self) -> bool {
        self.assessment.is_blank()
            && self.person.is_empty()
            && self.name.trim().is_empty()
            && self.hints_from.is_none()
            && self.aim.is_none()
            && self.agreement.is_none()
            && !self.in_team
    }

    /// The entry as it leaves the device.
    pub fn shared(&self, profile: &Profile) -> Shared {
        Shared {
            profile: ProfileRef::of(profile),
            name: self.name.trim().to_string(),
            perspective: self.perspective,
            date: self.date.clone(),
            person: self.person.clone(),
            agreement: self.agreement.clone(),
            assessment: self.assessment.without_blanks(),
        }
    }
}

/// The user's whole state in this browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workbook {
    /// The language the user picked in the app; `None` follows the host or the browser.
    pub language: Option<Lang>,
    /// The colour scheme the user picked; `None` follows the host or the device.
    pub theme: Option<Theme>,
    /// The first-start explanation was read and put away.
    pub intro_dismissed: bool,
    /// Never empty.
    pub entries: Vec<Entry>,
    /// Index of the assessment on screen.
    pub current: usize,
    pub roles: Vec<RoleProfile>,
    /// Index of the role profile open in the editor.
    pub current_role: Option<usize>,
}

/// What [`Workbook::carry_over`] did: the version now in use, what it changed, and how many
/// answers moved to the items that replace theirs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Carried {
    pub version: String,
    pub changes: Changes,
    pub answers: usize,
}

/// Stored answers that the profile cannot use, taken out of the assessments: kept aside under a
/// backup key (as `json`), never shown, summarised or exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub json: String,
    pub count: usize,
    /// The first answer taken out, with its problem, for the notice.
    pub first: (ItemName, AnswerProblem),
}

/// How an assessment from a link or file comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Import {
    /// Beside the user's own: the default for something from someone else.
    AsNew,
    /// Over the assessment on screen.
    OverCurrent,
}

impl Workbook {
    /// A first visit: one blank assessment of the user's own, dated today. Its id is the same
    /// in every tab, so that two first visits that both rate are merged into one assessment.
    pub fn new(today: &str) -> Workbook {
        Workbook {
            language: None,
            theme: None,
            intro_dismissed: false,
            entries: vec![Entry {
                id: FIRST_ID.into(),
                date: today.to_string(),
                ..Entry::default()
            }],
            current: 0,
            roles: Vec::new(),
            current_role: None,
        }
    }

    pub fn entry(&self) -> &Entry {
        &self.entries[self.current]
    }

    pub fn entry_mut(&mut self) -> &mut Entry {
        &mut self.entries[self.current]
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// The assessment a fit is shown for: the chosen one while it exists, else the one on
    /// screen (nothing chosen yet, or the chosen one deleted).
    pub fn fit_entry(&self, chosen: &str) -> usize {
        self.index_of(chosen).unwrap_or(self.current)
    }

    /// A new id that no tab can have given already: the time and a random number (from the
    /// caller, `nonce`), in base 36, made unique within this workbook.
    pub(crate) fn fresh_id(&self, prefix: char, now: u64, nonce: u64) -> String {
        let mut nonce = nonce;
        loop {
            let id = format!("{prefix}{}{}", base36(now), base36(nonce % (36u64.pow(6))));
            let taken =
                self.entries.iter().any(|e| e.id == id) || self.roles.iter().any(|r| r.id == id);
            if !taken {
                return id;
            }
            nonce = nonce.wrapping_add(1);
        }
    }

    /// True when there is nothing worth keeping: then the app stores nothing at all (a first
    /// visit writes nothing; "erase my data" leaves nothing behind).
    pub fn is_empty(&self) -> bool {
        self.language.is_none()
            && self.theme.is_none()
            && !self.intro_dismissed
            && self.roles.is_empty()
            && self.entries.len() == 1
            && self.entries[0].is_blank()
    }

    /// Lays every assessment and role out for `profile` (retired items kept), so that an
    /// answer is found by its item's position.
    pub fn lay_out(&mut self, profile: &Profile) {
        for entry in &mut self.entries {
            entry.assessment =
                Assessment::for_profile(profile, std::mem::take(&mut entry.assessment));
            if let Some(agreement) = &mut entry.agreement {
                agreement.lay_out(profile);
            }
        }
        for role in &mut self.roles {
            *role = RoleProfile::for_profile(profile, std::mem::take(role));
        }
    }

    /// Brings every assessment and role profile made with the profile's previous version to
    /// this one: answers move to the items that replace theirs (see `core::answers::versions`),
    /// and each then says it is of this version, so that this happens once. Returns what was
    /// done, for the notice, when anything was of the previous version. Call after
    /// [`Workbook::lay_out`].
    pub fn carry_over(&mut self, profile: &Profile) -> Option<Carried> {
        profile.previous.as_ref()?;
        let of_previous = |made: &ProfileRef| profile.follows(made);
        let mut upgraded = false;
        let mut answers = 0;
        for entry in &mut self.entries {
            match &entry.profile {
                Some(made) if of_previous(made) => {
                    answers += versions::carry_over(profile, &mut entry.assessment.ratings);
                    entry.profile = Some(ProfileRef::of(profile));
                    upgraded = true;
                }
                // An assessment that does not say (stored before assessments said, or the
                // first one, unanswered then): answers it holds for items an item replaces
                // are from an earlier version, and move all the same.
                None => {
                    let moved = versions::carry_over(profile, &mut entry.assessment.ratings);
                    if moved > 0 {
                        entry.profile = Some(ProfileRef::of(profile));
                        answers += moved;
                        upgraded = true;
                    }
                }
                Some(_) => {}
            }
        }
        for role in &mut self.roles {
            if of_previous(&role.profile) {
                answers += versions::carry_over(profile, &mut role.needs);
                role.profile = ProfileRef::of(profile);
                upgraded = true;
            }
        }
        upgraded.then(|| Carried {
            version: profile.version.clone(),
            changes: versions::changes(profile).unwrap_or_default(),
            answers,
        })
    }

    /// Takes out every stored answer that `profile` cannot use: a level outside its scale, or an
    /// answer of the wrong kind for its block. Stored data is checked like an import, because
    /// a hand-edited or damaged entry must not reach the summary or an export.
    pub fn take_unusable(&mut self, profile: &Profile) -> Option<SetAside> {
        let mut kept = Vec::new();
        let mut first = None;
        let mut count = 0;
        for entry in &mut self.entries {
            // What the sides of an agreement said is shown beside the items only: an answer
            // the profile cannot use is dropped from it.
            if let Some(agreement) = &mut entry.agreement {
                for side in &mut agreement.sides {
                    side.ratings.take_unusable(profile);
                }
            }
            let taken = entry.assessment.take_unusable(profile);
            if taken.is_empty() {
                continue;
            }
            count += taken.len();
            first.get_or_insert_with(|| (profile.name_of(&taken[0].0.item), taken[0].1));
            kept.push(SetAsideEntry {
                id: entry.id.clone(),
                name: entry.name.clone(),
                ratings: taken.into_iter().map(|(rating, _)| rating).collect(),
            });
        }
        let json = serde_json::to_string(&SetAsideDoc {
            set_aside_from: STORAGE_KEY,
            assessments: kept,
        })
        .unwrap_or_default();
        first.map(|first| SetAside { json, count, first })
    }

    /// Whether `other` holds the same data: the same assessments and role profiles (in any
    /// order) and settings. Which assessment and role are on screen is each tab's own.
    pub fn same_data(&self, other: &Workbook) -> bool {
        fn same<T: PartialEq>(a: &[T], b: &[T], id: impl Fn(&T) -> &str) -> bool {
            a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| id(x) == id(y) && x == y))
        }
        self.language == other.language
            && self.theme == other.theme
            && self.intro_dismissed == other.intro_dismissed
            && same(&self.entries, &other.entries, |e| &e.id)
            && same(&self.roles, &other.roles, |r| &r.id)
    }

    /// Importing over the assessment on screen asks first unless that loses nothing.
    pub fn import_needs_confirmation(&self) -> bool {
        !self.entry().assessment.is_blank() || !self.entry().person.is_empty()
    }

    /// Whether an assessment from outside should be added beside the user's own by default:
    /// yes when it is someone else's (or a manager's) view; the user's own blank matrix may
    /// simply take it.
    pub fn default_import(&self, shared: &Shared) -> Import {
        if self.entry().is_blank() && shared.perspective == Perspective::Own {
            Import::OverCurrent
        } else {
            Import::AsNew
        }
    }

    /// (id, title) of every assessment, for the lists to pick one from. Titles that would read
    /// the same (two unnamed self-assessments of one year) get their date, and numbers when the
    /// dates match too, so that no two lines of a list look alike.
    pub fn titles(&self, lang: Lang) -> Vec<(String, String)> {
        let plain: Vec<String> = self.entries.iter().map(|e| e.title(lang)).collect();
        let dated: Vec<String> = self
            .entries
            .iter()
            .zip(&plain)
            .map(|(entry, title)| {
                if plain.iter().filter(|t| *t == title).count() > 1 && !entry.date.is_empty() {
                    format!("{title} · {}", entry.date)
                } else {
                    title.clone()
                }
            })
            .collect();
        self.entries
            .iter()
            .enumerate()
            .map(|(i, entry)| {
                let title = &dated[i];
                let same = dated.iter().filter(|t| *t == title).count();
                let nth = dated[..i].iter().filter(|t| *t == title).count() + 1;
                let title = if same > 1 {
                    format!("{title} ({nth})")
                } else {
                    title.clone()
                };
                (entry.id.clone(), title)
            })
            .collect()
    }

    /// The people of the manager's team, in the order of the assessments.
    pub fn team(&self) -> Vec<&Entry> {
        self.entries.iter().filter(|e| e.in_team).collect()
    }

    /// Whether `person` is in the team already (by name, whatever its case and spaces): a team
    /// has one column per person, so a second assessment of someone is refused.
    pub fn in_team(&self, person: &Person) -> Option<&Entry> {
        // Words and case as `lower` reads them: Unicode's own case table costs the first load.
        let key = |name: &str| {
            let mut key = String::new();
            for word in name.split_whitespace() {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.extend(word.chars().map(lower));
            }
            key
        };
        let name = key(&person.name);
        if name.is_empty() {
            return None;
        }
        self.entries
            .iter()
            .find(|e| e.in_team && key(&e.person.name) == name)
    }

    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|r| r.id == id)
    }
}

/// A role's title, or "Untitled role profile".
pub fn role_title(role: &RoleProfile, lang: Lang) -> String {
    let title = role.title.trim();
    if title.is_empty() {
        texts(lang).untitled_role.to_string()
    } else {
        title.to_string()
    }
}

/// Letters and digits of `text` joined by hyphens, for file names: "Anna de Vries" → "anna-de-vries".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().map(lower) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// The file an assessment is exported to: `competence-matrix-2026-11-25.json`.
pub fn assessment_file_name(date: &str) -> String {
    file_name("competence-matrix", "", date, "json")
}

/// The file a role profile is exported to: `role-profile-executive-assistant.json`.
pub fn role_file_name(role: &RoleProfile) -> String {
    file_name("role-profile", &role.title, "", "json")
}

/// The file a role's job description is downloaded as: `job-description-….txt`.
pub fn job_description_file_name(role: &RoleProfile) -> String {
    file_name("job-description", &role.title, "", "txt")
}

/// What the exported files are called.
fn file_name(stem: &str, title: &str, date: &str, extension: &str) -> String {
    let mut parts = vec![stem.to_string()];
    let slug = slug(title);
    if !slug.is_empty() {
        parts.push(slug);
    }
    if !date.is_empty() {
        parts.push(date.to_string());
    }
    format!("{}.{extension}", parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::assessment::{Level, Rating};
    use crate::core::profile::tests::sample;

    fn rated(item: &str, l: u8) -> Rating {
        Rating {
            current: Some(Level(l)),
            ..Rating::new(item)
        }
    }

    fn shared(perspective: Perspective, ratings: Vec<Rating>) -> Shared {
        let profile = sample();
        Shared {
            profile: ProfileRef::of(&profile),
            name: String::new(),
            perspective,
            date: "2026-11-20".into(),
            person: Person {
                name: "Anna".into(),
                ..Person::default()
            },
            agreement: None,
            assessment: Assessment::for_profile(&profile, Assessment { ratings }),
        }
    }

    #[test]
    fn a_first_visit_is_empty_and_titled_by_view_and_year() {
        let book = Workbook::new("2026-11-25");
        assert!(book.is_empty());
        assert_eq!(book.entry().title(Lang::En), "Self, 2026");
        assert_eq!(book.entry().title(Lang::Nl), "Zelf, 2026");
        let mut named = book.clone();
        named.entry_mut().name = "Appraisal".into();
        assert!(!named.is_empty(), "a name is worth keeping");
    }

    #[test]
    fn imports_ask_first_only_over_answers() {
        let mut book = Workbook::new("2026-11-25");
        book.lay_out(&sample());
        assert!(!book.import_needs_confirmation());
        assert_eq!(
            book.default_import(&shared(Perspective::Own, vec![])),
            Import::OverCurrent
        );
        assert_eq!(
            book.default_import(&shared(Perspective::Manager, vec![])),
            Import::AsNew
        );
        book.entry_mut().assessment.ratings[2] = rated("s1", 2);
        assert!(book.import_needs_confirmation());
        assert_eq!(
            book.default_import(&shared(Perspective::Own, vec![])),
            Import::AsNew
        );
    }

    #[test]
    fn unusable_stored_answers_are_taken_out_and_kept_as_json() {
        let profile = sample();
        let mut book = Workbook::new("2026-11-25");
        book.entry_mut().assessment.ratings = vec![rated("s1", 9), rated("s2", 2)];
        book.lay_out(&profile);
        let aside = book.take_unusable(&profile).unwrap();
        assert_eq!(aside.count, 1);
        assert_eq!(
            aside.first,
            (profile.name_of("s1"), AnswerProblem::LevelOutOfScale(9, 3))
        );
        assert_eq!(
            aside.json,
            r#"{"set_aside_from":"competence-matrix","assessments":[{"id":"a1","ratings":[{"item":"s1","current":9}]}]}"#
        );
        assert!(book.entry().assessment.ratings[2].is_blank());
        assert_eq!(book.entry().assessment.ratings[3].current, Some(Level(2)));
        assert_eq!(book.take_unusable(&profile), None, "nothing left to take");
    }

    #[test]
    fn titles_that_would_read_the_same_get_their_date_then_a_number() {
        let mut book = Workbook::new("2026-11-20");
        for (id, perspective) in [
            ("a2", Perspective::Own),
            ("a3", Perspective::Own),
            ("a4", Perspective::Manager),
        ] {
            book.entries.push(Entry {
                id: id.into(),
                date: "2026-11-25".into(),
                perspective,
                ..Entry::default()
            });
        }
        let titles: Vec<String> = book.titles(Lang::En).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "Self, 2026 · 2026-11-20",
                "Self, 2026 · 2026-11-25 (1)",
                "Self, 2026 · 2026-11-25 (2)",
                "Manager, 2026",
            ]
        );
        book.entries[1].name = "Before the appraisal".into();
        let titles: Vec<String> = book.titles(Lang::Nl).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "Zelf, 2026 · 2026-11-20",
                "Before the appraisal",
                "Zelf, 2026 · 2026-11-25",
                "Manager, 2026"
            ]
        );
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            slug("Anna de Vries — Manager, 2026!"),
            "anna-de-vries-manager-2026"
        );
        assert_eq!(slug("  "), "");
        assert_eq!(
            assessment_file_name("2026-11-25"),
            "competence-matrix-2026-11-25.json"
        );
        let mut role = RoleProfile {
            title: "Executive Assistant".into(),
            ..RoleProfile::default()
        };
        assert_eq!(
            job_description_file_name(&role),
            "job-description-executive-assistant.txt"
        );
        assert_eq!(
            role_file_name(&role),
            "role-profile-executive-assistant.json"
        );
        role.title = " ".into();
        assert_eq!(
            role_file_name(&role),
            "role-profile.json",
            "no title, no dangling hyphen"
        );
    }
}
