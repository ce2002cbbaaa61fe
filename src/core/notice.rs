//! Messages the app shows above the matrix: what happened to the user's data and what to do.

use super::lang::Lang;
use super::saved::Unreadable;
use super::shared::Refusal;
use super::texts::{fill, texts};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The stored entry could not be read and was set aside under `key`.
    Unreadable {
        key: String,
        problem: Unreadable,
    },
    /// The stored entry could not be read nor set aside: saving is off to protect it.
    BackupFailed,
    /// The last change could not be written because storage is full.
    StorageFull,
    /// The browser gives the app no storage at all (blocked, or a partitioned iframe).
    StorageUnavailable,
    Erased,
    /// A share link that could not be opened; nothing was changed.
    LinkRefused(Refusal),
    /// An imported file that was refused; nothing was changed.
    FileRefused(Refusal),
    Imported,
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
            Notice::StorageFull => t.storage_full.to_string(),
            Notice::StorageUnavailable => t.storage_unavailable.to_string(),
            Notice::Erased => t.erased.to_string(),
            Notice::LinkRefused(refusal) => {
                fill(t.link_refused, &[("reason", &refusal.message(lang))])
            }
            Notice::FileRefused(refusal) => {
                fill(t.file_refused, &[("reason", &refusal.message(lang))])
            }
            Notice::Imported => t.imported.to_string(),
        }
    }

    /// A warning asks for attention (role="alert"); the rest is a status message.
    pub fn is_warning(&self) -> bool {
        !matches!(self, Notice::Erased | Notice::Imported)
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
    fn refusals_say_that_nothing_changed() {
        let text = Notice::FileRefused(Refusal::NotOurs).text(Lang::En);
        assert_eq!(text, "The file was not imported: This is not a Competence Matrix link or file. Your data is unchanged.");
        assert!(Notice::LinkRefused(Refusal::Damaged)
            .text(Lang::Nl)
            .contains("niet gewijzigd"));
    }

    #[test]
    fn erased_is_not_a_warning() {
        assert!(!Notice::Erased.is_warning());
        assert!(Notice::StorageFull.is_warning());
    }
}
