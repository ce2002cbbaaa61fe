//! Messages the app shows above the matrix: what happened to the user's data and what to do.

use super::assessment::AnswerProblem;
use super::lang::Lang;
use super::profile::ItemName;
use super::saved::Unreadable;
use super::shared::{describe_answer_problem, Refusal};
use super::texts::{fill, texts, Texts};

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
    /// The last change could not be written because storage is full.
    StorageFull,
    /// The browser gives the app no storage at all (blocked, or a partitioned iframe).
    StorageUnavailable,
    /// Another tab wrote a newer format: this one stopped saving.
    OtherTabNewer,
    Erased,
    Imported,
    /// Added beside the user's own, with its title.
    Added(String),
    RoleAdded(String),
    /// A notice worded elsewhere (by the views module, see `core::remote`): its text in every
    /// language of [`Lang::ALL`], in that order.
    Worded {
        warning: bool,
        texts: Vec<String>,
    },
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
            Notice::StorageFull => t.storage_full.to_string(),
            Notice::StorageUnavailable => t.storage_unavailable.to_string(),
            Notice::OtherTabNewer => t.other_tab_newer.to_string(),
            Notice::Erased => t.erased.to_string(),
            Notice::Imported => t.imported.to_string(),
            Notice::Added(title) => fill(t.added, &[("x", title)]),
            Notice::RoleAdded(title) => fill(t.role_added, &[("x", title)]),
            Notice::Worded { texts, .. } => Lang::ALL
                .iter()
                .position(|l| *l == lang)
                .and_then(|i| texts.get(i))
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// A share link that could not be opened; nothing was changed. Worded here, in every
    /// language: links and files are read by the views module, and the main module, which
    /// shows the notices, does not carry the refusals' texts.
    pub fn link_refused(refusal: &Refusal) -> Notice {
        Notice::refused(refusal, |t| t.doc().link_refused)
    }

    /// An imported file that was refused; nothing was changed.
    pub fn file_refused(refusal: &Refusal) -> Notice {
        Notice::refused(refusal, |t| t.doc().file_refused)
    }

    fn refused(refusal: &Refusal, template: fn(&Texts) -> &'static str) -> Notice {
        Notice::Worded {
            warning: true,
            texts: Lang::ALL
                .iter()
                .map(|lang| {
                    fill(
                        template(texts(*lang)),
                        &[("reason", &refusal.message(*lang))],
                    )
                })
                .collect(),
        }
    }

    /// The same notice, worded now in every language. The separator of `core::remote`'s
    /// messages is taken out of the texts (it could only come from a title).
    pub fn worded(&self) -> Notice {
        if let Notice::Worded { .. } = self {
            return self.clone();
        }
        Notice::Worded {
            warning: self.is_warning(),
            texts: Lang::ALL
                .iter()
                .map(|lang| self.text(*lang).replace('\u{1f}', ""))
                .collect(),
        }
    }

    /// A warning asks for attention (role="alert"); the rest is a status message.
    pub fn is_warning(&self) -> bool {
        match self {
            Notice::Erased | Notice::Imported | Notice::Added(_) | Notice::RoleAdded(_) => false,
            Notice::Worded { warning, .. } => *warning,
            _ => true,
        }
    }
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
