//! The page's first paint, written by the build from the app's own components: Leptos renders
//! them natively to HTML (`ssr`), once per language, for a first visit (nothing stored, no
//! address), and src/prerender.rs writes the copies into index.html. A visitor sees the matrix
//! and can click it before the code has arrived; the app takes what was clicked from the copy
//! in her language when it starts (`web::take_prerendered`) and mounts over it.
//!
//! Every copy is in one document, so the copies after the first give their ids and input names
//! their language as a prefix (`nl-ac3`), and each copy holds only the matrix's first blocks
//! (what the first screens show): the components read which copy they draw from
//! [`PageCopy`] (`ui::page_copy`).

use leptos::prelude::*;

use super::app::App;
use super::page_copy::PageCopy;
use super::saving::Saving;
use crate::core::profile::Profile;
use crate::core::words::lang::Lang;

/// How many of the matrix's blocks each copy holds: the first block of the IMA profile (11 of
/// its 64 items) is more than a screen shows before the code arrives — it ends about four
/// phone screens down, and below a 1440 px tall desktop's fold. The app draws the rest when it
/// takes over. The second block (18 items) would add about 1.9 KB brotli.
pub const FIRST_PAINT_BLOCKS: usize = 1;

/// The first paint of the app for `profile` in `lang`, as HTML: what a first visit shows at a
/// phone's width before anything has been clicked. `first` is the copy that keeps the ids as
/// the app writes them; the others carry their language's code before each.
pub fn first_paint(profile: &'static Profile, lang: Lang, first: bool) -> String {
    let prefix: &'static str = if first {
        ""
    } else {
        Box::leak(format!("{}-", lang.code()).into_boxed_str())
    };
    let copy = PageCopy::written(prefix, FIRST_PAINT_BLOCKS);
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(copy);
        let loaded = Saving::first_visit(profile);
        view! { <App profile loaded default_lang=lang host_theme=None embedded=false early=Vec::new() /> }
            .to_html()
    });
    drop(owner);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> &'static Profile {
        let json = include_str!("../../public/profiles/ima-msp.json");
        Box::leak(Box::new(
            Profile::from_json(json).expect("the shipped profile reads"),
        ))
    }

    /// Every value of `attribute` in `html`.
    fn values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
        let start = format!(" {attribute}=\"");
        html.split(&start)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    }

    #[test]
    fn the_first_copy_is_the_matrix_as_the_app_draws_it_and_holds_the_first_block_only() {
        let profile = profile();
        let html = first_paint(profile, Lang::En, true);
        let first = &profile.blocks[0];
        for item in &first.items {
            assert!(
                html.contains(profile.item_name(&item.id, Lang::En)),
                "{}",
                item.id
            );
        }
        assert!(html.contains(first.title.get(Lang::En)));
        assert!(!html.contains(profile.blocks[1].title.get(Lang::En)));
        let names = values(&html, "name");
        assert!(names.contains(&"ah0") && names.contains(&"ae10") && !names.contains(&"ah11"));
        assert!(values(&html, "id").contains(&"main"));
        // A first visit: no notice, the intro, nothing answered.
        assert!(html.contains("class=\"intro\""));
        assert!(html.contains("0 of 64 answered"));
        // (The first block's tasks: none is held yet, so no radio is marked.)
        assert!(!html.contains(" checked"));
    }

    #[test]
    fn a_later_copy_speaks_its_language_and_prefixes_every_id_and_name() {
        let profile = profile();
        let html = first_paint(profile, Lang::Nl, false);
        assert!(html.contains(profile.item_name(&profile.blocks[0].items[0].id, Lang::Nl)));
        for attribute in ["id", "name", "aria-labelledby", "aria-describedby"] {
            let found = values(&html, attribute);
            assert!(!found.is_empty(), "{attribute}");
            for value in found {
                assert!(value.starts_with("nl-"), "{attribute}=\"{value}\"");
            }
        }
        for href in values(&html, "href")
            .into_iter()
            .filter(|h| h.starts_with('#'))
        {
            assert!(href.starts_with("#nl-"), "{href}");
        }
    }

    #[test]
    fn the_live_app_draws_every_block() {
        assert_eq!(PageCopy::LIVE.blocks(profile()), profile().blocks.len());
        assert_eq!(PageCopy::LIVE.id("main"), "main");
    }
}
