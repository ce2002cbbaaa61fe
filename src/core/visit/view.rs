//! The parts of the app a user switches between, their addresses, and when the summary is
//! wanted: its code (with the comparison's, the role profiles' and what reads links and files)
//! loads apart from the matrix's, so that a first visit on a phone does not wait for it.
//!
//! Each view has an address of its own: `?view=summary` beside whatever else the query holds
//! (a host's `embed&lang=nl`), the matrix none. A query, not a path, so that a plain static host
//! serves the same page for every view with no rewrite rule; not the fragment, which carries
//! share links.

/// The part of the app on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Matrix,
    Summary,
    Compare,
    Roles,
    /// A manager's team side by side: under the comparison's tab.
    Team,
    /// For an association: the embed builder, reached from the footer (no tab).
    Embed,
    /// For an association: the profile designer, reached from the footer (no tab) and by
    /// `?design`.
    Design,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Matrix,
        View::Summary,
        View::Compare,
        View::Roles,
        View::Team,
        View::Embed,
        View::Design,
    ];

    /// Its name in the page (a class of its tab, the panes' `data-view`).
    pub fn name(self) -> &'static str {
        match self {
            View::Matrix => "matrix",
            View::Summary => "summary",
            View::Compare => "compare",
            View::Roles => "roles",
            View::Team => "team",
            View::Embed => "embed",
            View::Design => "design",
        }
    }

    /// The tab a view is reached by: the team's is the comparison's (two assessments side by
    /// side, or a team's).
    pub fn tab(self) -> View {
        match self {
            View::Team => View::Compare,
            other => other,
        }
    }

    /// The view a name in an address stands for.
    pub fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.name() == name)
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
            View::Matrix | View::Summary | View::Embed | View::Design => "summary",
            View::Compare => "compare",
            View::Roles => "job",
            View::Team => "team",
        }
    }
}

/// The query key that names the view.
const VIEW_KEY: &str = "view";

/// A key that names a view on its own, for an address easy to say: `?design`.
const DESIGN_KEY: &str = "design";

/// The view an address's query (`search`, with or without its `?`) asks for: the last `view=`
/// (or `design`) that names one, else the matrix (an old bookmark, a mistyped name).
pub fn view_in_query(search: &str) -> View {
    pairs(search)
        .filter_map(|(key, value)| match key {
            VIEW_KEY => View::from_name(value),
            DESIGN_KEY => Some(View::Design),
            _ => None,
        })
        .last()
        .unwrap_or(View::Matrix)
}

/// The query of the address that shows `view`: `search`'s other pairs kept as they were and in
/// their order, `view=` after them, none for the matrix. Empty, or with its `?`.
pub fn query_with_view(search: &str, view: View) -> String {
    let kept = raw_pairs(search)
        .filter(|pair| ![VIEW_KEY, DESIGN_KEY].contains(&key_of(pair)))
        .map(str::to_string);
    let named = (view != View::Matrix).then(|| format!("{VIEW_KEY}={}", view.name()));
    let all: Vec<String> = kept.chain(named).collect();
    if all.is_empty() {
        String::new()
    } else {
        format!("?{}", all.join("&"))
    }
}

/// The query's `key=value` pairs as they came: what is kept goes back unchanged.
fn raw_pairs(search: &str) -> impl Iterator<Item = &str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
}

fn key_of(pair: &str) -> &str {
    pair.split_once('=').map_or(pair, |(key, _)| key)
}

/// The query's pairs, undecoded: a view's name needs no decoding.
fn pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    raw_pairs(search).map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// Why the view changes, which decides what happens to the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The user chose it (a tab): a step Back can undo.
    Chosen,
    /// The app showed it (what came in by a link, the summary folded beside the matrix on a
    /// wide screen): the address follows, with no step of its own.
    Shown,
    /// Back or Forward: the address already moved.
    Travelled,
}

/// What happens to the address when the view changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressStep {
    /// A new entry in the history.
    Push,
    /// The current entry names the new view.
    Replace,
    /// The address already says it.
    Keep,
}

/// The rule: a view the user chooses is a step in the history, unless it is on screen already
/// (a second tap adds no entry Back would have to undo); a view the app shows replaces the
/// entry; after Back or Forward the address is right, unless what it names cannot show (the
/// summary on a wide screen, shown beside the matrix) and the entry is corrected.
pub fn address_step(addressed: View, next: View, why: Move) -> AddressStep {
    if addressed == next {
        return AddressStep::Keep;
    }
    match why {
        Move::Chosen => AddressStep::Push,
        Move::Shown | Move::Travelled => AddressStep::Replace,
    }
}

/// Whether the page opens at the place the user left off in the matrix
/// (`core::computed::progress::resume_at`): on the matrix, unless a link came (it says what it
/// is), the app is in a frame (scrolling it would scroll the host's page), or a notice waits at
/// the top to be read (the profile was updated, answers were set aside): scrolled past, it
/// would go unseen.
pub fn opens_where_left_off(view: View, embedded: bool, link_came: bool, notice: bool) -> bool {
    view == View::Matrix && !embedded && !link_came && !notice
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
        for view in [
            View::Matrix,
            View::Compare,
            View::Roles,
            View::Team,
            View::Embed,
            View::Design,
        ] {
            assert_eq!(view.beside_matrix(), view);
        }
        let names: Vec<&str> = View::ALL.iter().map(|v| v.name()).collect();
        assert_eq!(
            names,
            ["matrix", "summary", "compare", "roles", "team", "embed", "design"]
        );
        assert_eq!(View::Embed.tab(), View::Embed, "the builder has no tab");
        assert_eq!(View::Design.tab(), View::Design, "the designer has none");
        assert_eq!(
            View::Team.tab(),
            View::Compare,
            "the team is under the comparison's tab"
        );
    }

    #[test]
    fn only_a_plain_visit_to_the_matrix_opens_where_it_was_left() {
        assert!(opens_where_left_off(View::Matrix, false, false, false));
        assert!(
            !opens_where_left_off(View::Matrix, true, false, false),
            "in a frame"
        );
        assert!(
            !opens_where_left_off(View::Matrix, false, true, false),
            "a link came"
        );
        assert!(
            !opens_where_left_off(View::Matrix, false, false, true),
            "a notice to read"
        );
        for view in [View::Summary, View::Compare, View::Roles] {
            assert!(!opens_where_left_off(view, false, false, false));
        }
    }

    #[test]
    fn every_view_has_an_address_that_leads_back_to_it() {
        for view in View::ALL {
            assert_eq!(View::from_name(view.name()), Some(view));
            assert_eq!(view_in_query(&query_with_view("", view)), view);
            assert_eq!(
                view_in_query(&query_with_view("?embed&lang=nl", view)),
                view
            );
        }
        assert_eq!(View::from_name("Summary"), None);
    }

    #[test]
    fn the_matrix_needs_no_address_of_its_own() {
        assert_eq!(query_with_view("", View::Matrix), "");
        assert_eq!(query_with_view("?view=summary", View::Matrix), "");
        assert_eq!(query_with_view("?", View::Summary), "?view=summary");
        assert_eq!(view_in_query(""), View::Matrix);
        assert_eq!(view_in_query("?view=nonsense"), View::Matrix);
        assert_eq!(view_in_query("view=roles"), View::Roles);
        assert_eq!(
            view_in_query("?design"),
            View::Design,
            "the designer's short address"
        );
        assert_eq!(view_in_query("?design&view=summary"), View::Summary);
        assert_eq!(
            query_with_view("?lang=nl&design", View::Matrix),
            "?lang=nl",
            "leaving the designer leaves its short address"
        );
    }

    #[test]
    fn a_hosts_options_stay_in_the_address_as_they_came() {
        let host = "?embed&lang=nl&accent=%23a4262c&font=Georgia%2C%20serif";
        assert_eq!(
            query_with_view(host, View::Compare),
            format!("{host}&view=compare")
        );
        assert_eq!(
            query_with_view("?embed&view=compare&lang=nl", View::Roles),
            "?embed&lang=nl&view=roles"
        );
        assert_eq!(
            query_with_view("?embed=&view=roles", View::Matrix),
            "?embed="
        );
        assert_eq!(
            query_with_view("?view=summary&view=roles", View::Compare),
            "?view=compare"
        );
    }

    #[test]
    fn a_chosen_view_is_a_step_back_can_undo_and_nothing_else_is() {
        use AddressStep::*;
        use View::*;
        for (addressed, next, why, step) in [
            (Matrix, Summary, Move::Chosen, Push),
            (Summary, Summary, Move::Chosen, Keep),
            (Summary, Matrix, Move::Shown, Replace),
            (Matrix, Roles, Move::Shown, Replace),
            (Roles, Roles, Move::Travelled, Keep),
            (Summary, Matrix, Move::Travelled, Replace),
        ] {
            assert_eq!(
                address_step(addressed, next, why),
                step,
                "{addressed:?} → {next:?}, {why:?}"
            );
        }
    }

    proptest::proptest! {
        /// Whatever a host put in the query, the view's address leads back to the view and
        /// keeps every other pair, in its order.
        #[test]
        fn any_query_keeps_its_other_pairs(
            pairs in proptest::collection::vec(("[a-z]{1,6}", proptest::option::of("[a-z0-9%.]{0,6}")), 0..6),
            index in 0usize..4,
        ) {
            let search: Vec<String> = pairs.iter().map(|(key, value)| match value {
                Some(value) => format!("{key}={value}"),
                None => key.clone(),
            }).collect();
            let search = format!("?{}", search.join("&"));
            let view = View::ALL[index];
            let address = query_with_view(&search, view);
            proptest::prop_assert_eq!(view_in_query(&address), view);
            let others = |query: &str| -> Vec<String> {
                query.trim_start_matches('?').split('&')
                    .filter(|pair| !pair.is_empty() && !pair.starts_with("view=") && *pair != "view")
                    .map(str::to_string).collect()
            };
            proptest::prop_assert_eq!(others(&address), others(&search));
        }
    }

    #[test]
    fn the_summary_is_wanted_beside_the_matrix_or_once_there_is_something_to_summarise() {
        assert_eq!(summary_due(true, 0), SummaryDue::Now);
        assert_eq!(summary_due(false, 3), SummaryDue::WhenIdle);
        assert_eq!(summary_due(false, 0), SummaryDue::Later);
    }
}
