//! Writes the page's first paint into a built index.html: the app's own components, rendered
//! natively by Leptos (`competence_matrix::ui::first_paint`), once per language, with the
//! default profile as the build ships it. Run by scripts/postbuild.mjs on Trunk's staged build:
//!
//! ```text
//! cargo run --bin prerender -- <staged build folder>
//! ```
//!
//! No browser is involved: the copies come from the same components the browser runs.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <folder of the built page>");
        return std::process::ExitCode::FAILURE;
    };
    match write::into(std::path::Path::new(&folder)) {
        Ok(copies) => {
            println!("pre-rendered {copies}");
            std::process::ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("prerender: {problem}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod write {
    use std::path::Path;

    use competence_matrix::core::profile::Profile;
    use competence_matrix::core::words::lang::Lang;
    use competence_matrix::ui::{first_paint, PROFILE_URL};

    /// Where the copies go: an element, not a comment, for the release build's HTML minifier
    /// keeps it. Trunk's minifier may drop the quotes around the id.
    const MARKS: [&str; 2] = [
        r#"<div id="prerendered"></div>"#,
        "<div id=prerendered></div>",
    ];

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path)
            .map_err(|error| format!("{} cannot be read: {error}", path.display()))
    }

    /// Renders every language's copy into `folder`/index.html; says which were written.
    pub fn into(folder: &Path) -> Result<String, String> {
        let index = folder.join("index.html");
        let page = read(&index)?;
        let mark = MARKS
            .into_iter()
            .find(|mark| page.contains(mark))
            .ok_or_else(|| format!("{} has no place for the pre-rendered page", index.display()))?;
        let profile = Profile::from_json(&read(&folder.join(PROFILE_URL))?)
            .map_err(|error| format!("{PROFILE_URL}: {}", error.message(Lang::default())))?;
        let profile: &'static Profile = Box::leak(Box::new(profile));
        let mut copies = String::new();
        for (index, lang) in Lang::ALL.into_iter().enumerate() {
            if !profile.speaks(lang) {
                // As the app does: the profile's translation beside it, else the profile in
                // its own language.
                let file = folder.join(Profile::translation_url(PROFILE_URL, lang));
                if let Ok(json) = std::fs::read_to_string(&file) {
                    profile
                        .add_translation(lang, &json)
                        .map_err(|error| format!("{}: {}", file.display(), error.0))?;
                }
            }
            let html = first_paint(profile, lang, index == 0);
            copies.push_str(&format!(
                r#"<div class="prerendered" lang="{}">{html}</div>"#,
                lang.code()
            ));
        }
        std::fs::write(&index, page.replacen(mark, &copies, 1))
            .map_err(|error| format!("{} cannot be written: {error}", index.display()))?;
        let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        Ok(format!("{} ({} KB)", codes.join(", "), copies.len() / 1024))
    }
}
