//! The parts of the app a user switches between, and when the summary is wanted: its code
//! (with the comparison's, the role profiles' and what reads links and files) loads apart
//! from the matrix's, so that a first visit on a phone does not wait for it.

/// The part of the app on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Matrix,
    Summary,
    Compare,
    Roles,
}

impl View {
    pub const ALL: [View; 4] = [View::Matrix, View::Summary, View::Compare, View::Roles];

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

/// What came in from a link or a file, while the user decides what to do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// A share link is being read.
    Reading,
    Assessment,
    Role,
}

impl Arrival {
    /// The document the printer gets while it shows.
    pub fn print_target(self) -> &'static str {
        match self {
            Arrival::Role => "job",
            Arrival::Reading | Arrival::Assessment => "summary",
        }
    }
}

/// When the summary (whose code the matrix does without) is wanted, as the page starts.
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

    #[test]
    fn the_summary_is_wanted_beside_the_matrix_or_once_there_is_something_to_summarise() {
        assert_eq!(summary_due(true, 0), SummaryDue::Now);
        assert_eq!(summary_due(false, 3), SummaryDue::WhenIdle);
        assert_eq!(summary_due(false, 0), SummaryDue::Later);
    }
}
