//! What the views module tells the main module. The two wasm modules share no memory: the
//! summary, role profiles and imports are drawn by the views module from a mirror of the
//! workbook, and every change made there comes back to the main module — the only one that
//! saves — as one of these messages, in a plain string.

use super::lang::Lang;
use super::notice::Notice;

/// The part of the app on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Matrix,
    Summary,
    Compare,
    Roles,
}

impl View {
    const ALL: [View; 4] = [View::Matrix, View::Summary, View::Compare, View::Roles];

    /// Its name in the page (a class of its tab, the panes' `data-view`).
    pub fn name(self) -> &'static str {
        match self {
            View::Matrix => "matrix",
            View::Summary => "summary",
            View::Compare => "compare",
            View::Roles => "roles",
        }
    }

    /// The view to show once the summary stands beside the matrix (a wide screen): the summary
    /// is then no view of its own, and its tab is hidden, so the matrix takes its place.
    pub fn beside_matrix(self) -> View {
        match self {
            View::Summary => View::Matrix,
            other => other,
        }
    }

    /// The document the printer gets from this view.
    pub fn print_target(self) -> &'static str {
        match self {
            View::Matrix | View::Summary => "summary",
            View::Compare => "compare",
            View::Roles => "job",
        }
    }
}

/// What came in from a link or a file, as far as the shell needs to know: it gives the pane
/// to the views module, which reads it and lets the user decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// A share link is being read.
    Reading,
    Assessment,
    Role,
}

impl Arrival {
    const ALL: [Arrival; 3] = [Arrival::Reading, Arrival::Assessment, Arrival::Role];

    /// The document the printer gets while it shows.
    pub fn print_target(self) -> &'static str {
        match self {
            Arrival::Role => "job",
            Arrival::Reading | Arrival::Assessment => "summary",
        }
    }
}

/// When the summary (drawn by the views module, whose code the matrix does without) is
/// wanted, as the page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryDue {
    /// It stands beside the matrix: at once.
    Now,
    /// There are answers to summarise: when the browser is next idle.
    WhenIdle,
    /// Once it is opened, something is answered, or the user prints.
    Later,
}

/// The rule: beside the matrix (a wide screen) at once; else once there is something to
/// summarise. Printing from the matrix prints the summary, so a returning user's first print
/// must find it drawn.
pub fn summary_due(beside_matrix: bool, answered: usize) -> SummaryDue {
    if beside_matrix {
        SummaryDue::Now
    } else if answered > 0 {
        SummaryDue::WhenIdle
    } else {
        SummaryDue::Later
    }
}

/// One message from the views module to the main module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handback {
    /// The workbook as changed there, in the stored format: the main module takes it and saves.
    Book(String),
    Show(View),
    /// A notice, worded there in every language (see [`Notice::worded`]).
    Notice(Notice),
    /// Something came in, or the user is done with it.
    Arrival(Option<Arrival>),
    /// The hints (another assessment's answers) are to show beside the matrix.
    HintsShown,
}

/// Separates a notice's fields. Texts from a file or a link may hold anything else.
const SEP: char = '\u{1f}';

impl Handback {
    pub fn encode(&self) -> String {
        match self {
            Handback::Book(json) => format!("B{json}"),
            Handback::Show(view) => format!("V{}", index(&View::ALL, view)),
            Handback::Notice(notice) => {
                let worded = notice.worded();
                let (warning, texts) = match &worded {
                    Notice::Worded { warning, texts } => (*warning, texts.join(&SEP.to_string())),
                    _ => (true, String::new()),
                };
                format!("N{}{texts}", if warning { 'w' } else { 's' })
            }
            Handback::Arrival(None) => "A".to_string(),
            Handback::Arrival(Some(arrival)) => format!("A{}", index(&Arrival::ALL, arrival)),
            Handback::HintsShown => "H".to_string(),
        }
    }

    /// Reads a message; `None` for anything this version did not write.
    pub fn decode(message: &str) -> Option<Handback> {
        let mut chars = message.chars();
        let tag = chars.next()?;
        let rest = chars.as_str();
        Some(match tag {
            'B' => Handback::Book(rest.to_string()),
            'V' => Handback::Show(*View::ALL.get(rest.parse::<usize>().ok()?)?),
            'N' => {
                let mut chars = rest.chars();
                let warning = match chars.next()? {
                    'w' => true,
                    's' => false,
                    _ => return None,
                };
                let texts: Vec<String> = chars.as_str().split(SEP).map(str::to_string).collect();
                if texts.len() != Lang::ALL.len() {
                    return None;
                }
                Handback::Notice(Notice::Worded { warning, texts })
            }
            'A' if rest.is_empty() => Handback::Arrival(None),
            'A' => Handback::Arrival(Some(*Arrival::ALL.get(rest.parse::<usize>().ok()?)?)),
            'H' if rest.is_empty() => Handback::HintsShown,
            _ => return None,
        })
    }
}

fn index<T: PartialEq>(all: &[T], one: &T) -> usize {
    all.iter().position(|x| x == one).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beside_the_matrix_the_summary_is_no_view_of_its_own() {
        assert_eq!(View::Summary.beside_matrix(), View::Matrix);
        for view in [View::Matrix, View::Compare, View::Roles] {
            assert_eq!(view.beside_matrix(), view);
        }
        let names: Vec<&str> = View::ALL.iter().map(|v| v.name()).collect();
        assert_eq!(names, ["matrix", "summary", "compare", "roles"]);
    }
    use crate::core::shared::Refusal;

    fn round_trip(message: Handback) -> Option<Handback> {
        Handback::decode(&message.encode())
    }

    #[test]
    fn every_message_reads_back() {
        for message in [
            Handback::Book("{\"format\":3}".into()),
            Handback::Book(String::new()),
            Handback::Show(View::Roles),
            Handback::Show(View::Matrix),
            Handback::Arrival(None),
            Handback::Arrival(Some(Arrival::Role)),
            Handback::Arrival(Some(Arrival::Reading)),
            Handback::HintsShown,
        ] {
            assert_eq!(round_trip(message.clone()), Some(message));
        }
    }

    #[test]
    fn a_notice_arrives_worded_as_it_was_said_in_every_language() {
        for notice in [
            Notice::Added("Tom's \u{1f} view".into()),
            Notice::file_refused(&Refusal::TooLarge),
            Notice::Imported,
        ] {
            let Some(Handback::Notice(read)) = round_trip(Handback::Notice(notice.clone())) else {
                panic!("{notice:?} did not read back");
            };
            assert_eq!(read.is_warning(), notice.is_warning());
            if notice != Notice::Added("Tom's \u{1f} view".into()) {
                for lang in Lang::ALL {
                    assert_eq!(read.text(lang), notice.text(lang));
                }
            }
        }
    }

    #[test]
    fn a_separator_inside_a_title_cannot_shift_the_languages() {
        // The separator is taken out of the texts, so the message still holds two.
        let notice = Notice::Added("a\u{1f}b".into());
        let Some(Handback::Notice(read)) = round_trip(Handback::Notice(notice)) else {
            panic!("the notice did not read back");
        };
        assert_eq!(
            read.text(Lang::En),
            Notice::Added("ab".into()).text(Lang::En)
        );
        assert_eq!(
            read.text(Lang::Nl),
            Notice::Added("ab".into()).text(Lang::Nl)
        );
    }

    #[test]
    fn what_this_version_did_not_write_is_ignored() {
        for message in ["", "X", "V9", "Vx", "Nq", "Nw", "A7", "Hx"] {
            assert_eq!(Handback::decode(message), None, "{message:?}");
        }
    }

    #[test]
    fn the_summary_comes_beside_the_matrix_or_once_there_is_something_to_summarise() {
        assert_eq!(summary_due(true, 0), SummaryDue::Now);
        assert_eq!(summary_due(true, 5), SummaryDue::Now);
        assert_eq!(summary_due(false, 1), SummaryDue::WhenIdle);
        assert_eq!(summary_due(false, 0), SummaryDue::Later);
    }

    #[test]
    fn the_printer_gets_the_document_of_what_shows() {
        assert_eq!(View::Compare.print_target(), "compare");
        assert_eq!(Arrival::Role.print_target(), "job");
        assert_eq!(Arrival::Reading.print_target(), "summary");
    }
}
