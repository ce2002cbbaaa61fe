//! The app's shell: it loads the profile, takes over the page the build pre-rendered, and lays
//! out the header, the notices and the views.

use super::reactive::*;

use super::dom::{body, h, mount, show, switch, watch, Mounted, Nodes, H};
use super::kit::{button, select, toggle};
use super::matrix::{assessment_bar, matrix_pane};
use super::remote::{self, Remote};
use super::session::{use_session, Session, View};
use crate::core::embed;
use crate::core::lang::Lang;
use crate::core::markup::parse_name;
use crate::core::profile::{LoadError, Profile};
use crate::core::texts::{texts, Texts};
use crate::core::theme::Theme;
use crate::web;

/// The profile the app loads unless the host names another, relative to the page so that the
/// app works under any path.
pub const PROFILE_URL: &str = "profiles/ima-msp.json";

/// Starts the app: reads the host's options, loads the profile, then replaces the page the
/// build pre-rendered with the live app in one go, so that the first paint never waits for the
/// code and the take-over shows no gap.
pub fn start() {
    let options = embed::parse(&web::query_string());
    for warning in &options.warnings {
        web::console_warn(&format!("Competence Matrix: {warning}"));
    }
    if let Some(accent) = &options.accent {
        web::set_theme_property("--accent", accent);
    }
    if let Some(font) = &options.font {
        web::set_theme_property("--font", font);
    }
    super::session::set_host_theme(options.theme);
    web::register_service_worker("sw.js");
    let default_lang = options
        .lang
        .unwrap_or_else(|| Lang::from_preferences(&web::preferred_languages()));
    let embedded = options.embed;
    let url = options.profile.unwrap_or_else(|| PROFILE_URL.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match web::fetch_text(&url).await {
            Ok(text) => {
                // The views module reads the same file; it lives as long as the page.
                let text: &'static str = Box::leak(text.into_boxed_str());
                remote::keep_profile_text(text);
                Profile::from_json(text).map_err(LoadError::Invalid)
            }
            Err(failure) => Err(LoadError::Fetch { url, failure }),
        };
        // What a visitor clicked or typed in the pre-rendered page is read before it goes.
        let early = web::take_prerendered();
        match loaded {
            Ok(profile) => {
                // The profile lives as long as the page.
                let profile: &'static Profile = Box::leak(Box::new(profile));
                // The app lives as long as the page.
                std::mem::forget(mount(&body(), move || {
                    app(profile, default_lang, embedded, early)
                }));
            }
            Err(error) => {
                std::mem::forget(mount(&body(), move || {
                    broken(&error, default_lang, embedded)
                }));
                // Nothing is left to wait for: tell the tests and scripts the page is done.
                web::mark_ready();
            }
        }
        if web::in_frame() {
            web::report_height_to_host();
        }
    });
}

/// The live app for a loaded profile: the session, what the visitor did before it started, and
/// the shell, drawn again when the language changes so that every text inside is plain.
fn app(
    profile: &'static Profile,
    default_lang: Lang,
    embedded: bool,
    early: Vec<(String, String)>,
) -> Nodes {
    let session = Session::start(profile, default_lang, embedded);
    provide_context(session);
    for (name, value) in early {
        if let Some((kind, input, position)) = parse_name(&name) {
            session.answer(kind, input, position, &value);
        }
    }
    watch(move || web::set_document_language(session.lang.get().code()));
    watch(move || web::set_document_theme(session.theme.get()));
    watch(move || {
        web::set_print_target(match session.arrival.get() {
            Some(arrival) => arrival.print_target(),
            None => session.view.get().print_target(),
        })
    });
    remote::serve(session);
    session.read_fragment();
    // A link pasted into an open tab changes only the fragment.
    web::on_hash_change(move || session.read_fragment());
    web::after_paint(move || {
        session.want_summary_when();
        web::mark_ready();
    });
    vec![switch(move || session.lang.get(), |_| shell())]
}

/// Mounts the app for `profile` into `parent`, as the component tests do: no fetch, no
/// pre-rendered page. Unmounted when the handle is dropped.
pub fn mount_app(parent: web_sys::HtmlElement, profile: &'static Profile, lang: Lang) -> Mounted {
    mount(&parent, move || app(profile, lang, false, Vec::new()))
}

/// The colour scheme: as the device, light or dark.
fn theme_switch() -> H {
    let session = use_session();
    let t = session.t_untracked();
    select(
        t.theme,
        "field theme-switch",
        move || {
            let lang = session.lang.get();
            Theme::ALL
                .into_iter()
                .map(|theme| (theme.code().to_string(), theme.label(lang).to_string()))
                .collect()
        },
        move || session.theme.get().code().to_string(),
        move |code| {
            if let Some(theme) = Theme::from_code(&code) {
                session.choose_theme(theme);
            }
        },
    )
}

/// The colour scheme and the language, in the header (in the views' bar when embedded).
fn settings() -> H {
    h("div")
        .cls("settings")
        .ch(theme_switch())
        .ch(language_switch())
}

fn language_switch() -> H {
    let session = use_session();
    let t = session.t_untracked();
    let group = h("div")
        .cls("language-switch")
        .at("role", "group")
        .at("aria-label", t.language);
    Lang::ALL.into_iter().fold(group, |group, lang| {
        group.ch(h("span").at("lang", lang.code()).ch(toggle(
            lang.native_name(),
            move || session.lang.get() == lang,
            move || session.choose_language(lang),
        )))
    })
}

/// The app's header: its name, its line, and (outside a frame) the language switch.
fn header(t: &Texts, switch_language: bool) -> H {
    let header = h("header").cls("app-header").ch(h("div")
        .cls("brand")
        .ch(h("h1").tx(t.app_title))
        .ch(h("p").cls("tagline").tx(t.tagline)));
    if switch_language {
        header.ch(settings())
    } else {
        header
    }
}

fn shell() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let embedded = session.embedded;
    let mut nodes: Nodes = vec![h("a")
        .cls("skip-link")
        .at("href", "#main")
        .tx(t.skip_to_content)
        .into()];
    if !embedded {
        nodes.push(header(t, true).into());
    }
    let main = h("main").at("id", "main").at("tabindex", "-1");
    // Embedded, the host page shows its own header; the app's name still heads the frame.
    let main = if embedded {
        main.ch(h("h1").cls("sr-only").tx(t.app_title))
    } else {
        main
    };
    nodes.push(
        main
            // On paper only, when the summary has not been drawn yet (see the print sheet).
            .ch(h("p").cls("print-wait").tx(t.print_wait))
            // Notices are few and rare: the list is drawn again when one comes or goes.
            .ch(h("div").cls("notices").ch(switch(
                move || session.notices.get(),
                move |notices| {
                    let lang = session.lang.get_untracked();
                    notices
                        .iter()
                        .map(|notice| {
                            let warning = notice.is_warning();
                            let gone = notice.clone();
                            h("div")
                                .cls(if warning { "notice warning" } else { "notice" })
                                .at("role", if warning { "alert" } else { "status" })
                                .ch(h("p").tx(&notice.text(lang)))
                                .ch(button(t.dismiss, "secondary", move || {
                                    session.withdraw(&gone)
                                }))
                                .into()
                        })
                        .collect()
                },
            )))
            .ch(show(
                move || !session.intro_dismissed.get(),
                move || {
                    vec![h("section")
                        .cls("intro")
                        .at("aria-label", t.app_title)
                        .ch(h("p")
                            .tx(t.intro)
                            .tx(" ")
                            .ch(h("strong").tx(t.intro_privacy)))
                        .ch(button(t.got_it, "secondary", move || {
                            session.dismiss_intro()
                        }))
                        .into()]
                },
            ))
            .ch(switch(
                move || (session.arrival.get().is_some(), session.links_opened.get()),
                move |(arrived, _)| {
                    if *arrived {
                        vec![h("div")
                            .cls("panes")
                            .ch(remote::host(Remote::Incoming, h("div").cls("pane")))
                            .into()]
                    } else {
                        workspace()
                    }
                },
            ))
            .into(),
    );
    if !embedded {
        nodes.push(
            h("footer")
                .cls("app-footer")
                .ch(h("p").tx(t.privacy_footer))
                .ch(h("p")
                    .cls("version")
                    .tx(t.version)
                    .tx(" ")
                    .tx(env!("CARGO_PKG_VERSION")))
                .into(),
        );
    }
    nodes
}

/// The views and their panes. The summary stands beside the matrix on a wide screen; the views
/// module draws it when it is wanted (`Session::want_summary_when`).
fn workspace() -> Nodes {
    let session = use_session();
    let t = session.t_untracked();
    let tabs = [
        (View::Matrix, t.view_matrix),
        (View::Summary, t.view_summary),
        (View::Compare, t.view_compare),
        (View::Roles, t.view_roles),
    ];
    let nav = h("nav").cls("views").at("aria-label", t.views);
    let nav = tabs.into_iter().fold(nav, |nav, (view, label)| {
        nav.ch(toggle(
            label,
            move || session.view.get() == view,
            move || session.show(view),
        )
        // The stylesheet hides the summary's tab where the summary stands beside the matrix.
        .cls(view.name()))
    });
    let nav = if session.embedded {
        nav.ch(settings())
    } else {
        nav
    };
    let pane = move |view: View, class: &'static str| {
        h(if view == View::Summary {
            "aside"
        } else {
            "div"
        })
        .attr_with("class", move || {
            Some(if session.view.get() == view {
                class.to_string()
            } else {
                format!("{class} is-hidden")
            })
        })
    };
    let own = move || matches!(session.view.get(), View::Matrix | View::Summary);
    vec![
        nav.into(),
        show(own, || vec![assessment_bar().into()]),
        h("div")
            .cls("panes")
            // Which view shows, for the wide layout (the summary beside the matrix or not).
            .attr_with("data-view", move || Some(session.view.get().name().to_string()))
            .ch(pane(View::Matrix, "pane matrix-pane").kids(matrix_pane()))
            // Drawn again when it comes into view, as the other views are: what an action said
            // there is gone, and a view that could not be loaded is tried again.
            .ch(switch(
                move || {
                    (
                        session.summary_due.get(),
                        session.view.get() == View::Summary,
                    )
                },
                move |(due, _)| {
                    if *due {
                        vec![remote::host(
                            Remote::Summary,
                            pane(View::Summary, "pane summary-pane"),
                        )
                        .into()]
                    } else {
                        Vec::new()
                    }
                },
            ))
            .ch(show(
                move || session.view.get() == View::Compare,
                || vec![remote::host(Remote::Comparison, h("div").cls("pane compare-pane")).into()],
            ))
            .ch(show(
                move || session.view.get() == View::Roles,
                || vec![remote::host(Remote::Roles, h("div").cls("pane roles-pane")).into()],
            ))
            .into(),
    ]
}

/// No profile: the page says why, in the user's language, instead of staying blank.
fn broken(error: &LoadError, lang: Lang, embedded: bool) -> Nodes {
    let t = texts(lang);
    web::set_document_language(lang.code());
    let mut nodes = Vec::new();
    if !embedded {
        nodes.push(header(t, false).into());
    }
    nodes.push(
        h("main")
            .at("id", "main")
            .ch(h("section")
                .cls("problem")
                .at("role", "alert")
                .ch(h("h2").tx(t.profile_error_heading))
                .ch(h("p").tx(t.profile_error_hint))
                .ch(h("p").cls("detail").tx(&error.message(lang))))
            .into(),
    );
    nodes
}
