//! Messages the app shows above the matrix: what happened to the user's data and what to do.

use crate::core::answers::assessment::AnswerProblem;
use crate::core::answers::workbook::Carried;
use crate::core::formats::shared::{describe_answer_problem, Refusal};
use crate::core::formats::stored::Unreadable;
use crate::core::profile::ItemName;
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The stored entry could not be read and was set aside under `key`.
    Unreadable {
        key: String,
        problem: Unreadable,
    },
    /// The stored entry could not be read nor set aside: saving is off to protect it.
    BackupFailed,
    /// Stored answers the profile cannot use were set aside under `key`: how many, and the
    /// first of them with its problem.
    AnswersSetAside {
        key: String,
        count: usize,
        first: (ItemName, AnswerProblem),
    },
    /// The profile is a new version: stored answers moved to the items that replace theirs.
    ProfileUpdated(Carried),
    /// The last change could not be written because storage is full.
    StorageFull,
    /// The browser gives the app no storage at all (blocked, or a partitioned iframe).
    StorageUnavailable,
    /// Another tab wrote a newer format: this one stopped saving.
    OtherTabNewer,
    /// The texts of a language the user chose could not be fetched.
    LanguageNotLoaded(Lang),
    Erased,
    Imported,
    /// Added beside the user's own, with its title.
    Added(String),
    RoleAdded(String),
    /// A share link that could not be opened; nothing was changed.
    LinkRefused(Refusal),
    /// A file that was not imported; nothing was changed.
    FileRefused(Refusal),
}

impl Notice {
    pub fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Notice::Unreadable { key, problem } => fill(
                t.storage_unreadable,
                &[("problem", &problem.describe(lang)), ("key", key)],
            ),
            Notice::BackupFailed => t.storage_backup_failed.to_string(),
            Notice::AnswersSetAside { key, count, first } => fill(
                t.answers_set_aside,
                &[
                    ("n", &count.to_string()),
                    ("detail", &describe_answer_problem(&first.0, first.1, lang)),
                    ("key", key),
                ],
            ),
            Notice::ProfileUpdated(carried) => {
                let changes = changes_said(&carried.changes, lang);
                let mut said = fill(
                    t.profile_updated,
                    &[("version", &carried.version), ("changes", &changes)],
                );
                if carried.answers > 0 {
                    said.push(' ');
                    said.push_str(&fill(
                        t.version_carried,
                        &[("n", &carried.answers.to_string())],
                    ));
                }
                said
            }
            Notice::StorageFull => t.storage_full.to_string(),
            Notice::StorageUnavailable => t.storage_unavailable.to_string(),
            Notice::OtherTabNewer => t.other_tab_newer.to_string(),
            Notice::LanguageNotLoaded(chosen) => {
                fill(t.language_failed, &[("language", chosen.native_name())])
            }
            Notice::Erased => t.erased.to_string(),
            Notice::Imported => t.imported.to_string(),
            Notice::Added(title) => fill(t.added, &[("x", title)]),
            Notice::RoleAdded(title) => fill(t.role_added, &[("x", title)]),
            Notice::LinkRefused(refusal) => {
                fill(t.link_refused, &[("reason", &refusal.message(lang))])
            }
            Notice::FileRefused(refusal) => {
                fill(t.file_refused, &[("reason", &refusal.message(lang))])
            }
        }
    }

    pub fn link_refused(refusal: &Refusal) -> Notice {
        Notice::LinkRefused(refusal.clone())
    }

    pub fn file_refused(refusal: &Refusal) -> Notice {
        Notice::FileRefused(refusal.clone())
    }

    /// A warning asks for attention (role="alert"); the rest is a status message.
    pub fn is_warning(&self) -> bool {
        !matches!(
            self,
            Notice::Erased
                | Notice::Imported
                | Notice::Added(_)
                | Notice::RoleAdded(_)
                | Notice::ProfileUpdated(_)
        )
    }
}

/// What a new version of the profile changes, counted: "3 new items, 1 renamed". Empty when it
/// changes no item.
pub fn changes_said(c: &crate::core::answers::versions::Changes, lang: Lang) -> String {
    let t = texts(lang);
    let counted = [
        (t.version_added, c.added),
        (t.version_renamed, c.renamed),
        (t.version_merged, c.merged),
        (t.version_split, c.split),
        (t.version_retired, c.retired),
    ];
    counted
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(template, n)| fill(template, &[("n", &n.to_string())]))
        .collect::<Vec<String>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_names_the_key_and_the_problem() {
        let notice = Notice::Unreadable {
            key: "competence-matrix.backup.5".into(),
            problem: Unreadable::NewerVersion(4),
        };
        let text = notice.text(Lang::En);
        assert!(
            text.contains("competence-matrix.backup.5") && text.contains("format 4"),
            "{text}"
        );
        assert!(notice.text(Lang::Nl).contains("competence-matrix.backup.5"));
        assert!(!text.contains('{'));
    }

    #[test]
    fn set_aside_answers_name_the_first_problem() {
        let notice = Notice::AnswersSetAside {
            key: "competence-matrix.backup.7".into(),
            count: 2,
            first: (
                crate::core::profile::tests::sample().name_of("s1"),
                AnswerProblem::LevelOutOfScale(9, 5),
            ),
        };
        assert_eq!(
            notice.text(Lang::En),
            "2 saved answers could not be used (level 9 for “Writing”, outside the scale 1–5). They are kept unchanged in this browser under the key “competence-matrix.backup.7” and left out of your matrix and summary."
        );
        assert!(notice.text(Lang::Nl).contains("buiten de schaal 1–5"));
        let unknown = Notice::AnswersSetAside {
            key: "k".into(),
            count: 1,
            first: (ItemName::unknown("task.gone"), AnswerProblem::WrongKind),
        };
        assert!(
            unknown.text(Lang::En).contains("“task.gone”"),
            "an item the profile lacks is named by its id"
        );
    }

    #[test]
    fn refusals_say_that_nothing_changed() {
        let text = Notice::file_refused(&Refusal::NotOurs).text(Lang::En);
        assert_eq!(text, "The file was not imported: This is not a Competence Matrix link or file. Your data is unchanged.");
        let notice = Notice::link_refused(&Refusal::Damaged);
        assert!(notice.text(Lang::Nl).contains("niet gewijzigd"));
        assert!(notice.is_warning());
    }

    #[test]
    fn confirmations_are_not_warnings() {
        assert!(!Notice::Erased.is_warning());
        assert!(!Notice::Added("x".into()).is_warning());
        assert!(Notice::StorageFull.is_warning());
        assert!(Notice::OtherTabNewer.is_warning());
    }
}
