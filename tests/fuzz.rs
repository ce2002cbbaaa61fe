//! Fuzzing every decoder that reads what the app did not write itself: share links (and the body
//! behind their checksum, which random text never reaches), role links, exchange files, the stored
//! state, profile files and the embed query string.
//!
//! Inputs come from valid samples, mutated: bit flips, cuts, splices between samples, huge numbers,
//! deep nesting, long strings and odd Unicode. Every input must be read without a panic, and every
//! refusal must be a sentence a user can act on, in English and in Dutch.
//!
//! `cargo test --test fuzz` runs a short round (a few thousand inputs per target) as part of the
//! test command; `scripts/fuzz` runs a million per target. Inputs that panicked are saved under
//! `tests/fuzz-regressions/<target>/` and replayed by every later run.
//!
//! Options (after `--`): `--inputs N`, `--seed N`, `--target NAME`.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use competence_matrix::core::formats::exchange::{self, Incoming};
use competence_matrix::core::formats::link::{self, LinkKind};
use competence_matrix::core::formats::shared::Refusal;
use competence_matrix::core::formats::stored::{restore, Restored};
use competence_matrix::core::profile::Profile;
use competence_matrix::core::visit::embed;
use competence_matrix::core::words::lang::Lang;

const PROFILE: &str = include_str!("../public/profiles/ima-msp.json");
const STORED_V1: &str = include_str!("fixtures/stored-v1.json");

/// SplitMix64: small, fast, and the same sequence for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Values that break careless parsers.
const INTERESTING: &[&str] = &[
    "99999999999999999999999",
    "-1",
    "0",
    "1e400",
    "-0.0",
    "4294967296",
    "9223372036854775808",
    "255",
    "256",
    "null",
    "true",
    "\"\"",
    "[]",
    "{}",
    "\\ud800",
    "\\udfff\\ud800",
    "\\u0000",
    "\u{202E}",
    "\u{FEFF}",
    "\u{10FFFF}",
    "e\u{301}\u{301}\u{301}",
    "\u{1F600}",
    "<script>",
    "%",
    "%zz",
    "%C3",
    "&&&",
    "=",
];

/// One mutation of `input`, with `others` to splice from.
fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = out.len();
        match rng.below(12) {
            0 if len > 0 => {
                let at = rng.below(len);
                out[at] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                out[at] = rng.next() as u8;
            }
            2 => {
                let at = rng.below(len + 1);
                out.truncate(at);
            }
            3 if len > 0 => {
                let from = rng.below(len);
                let to = (from + 1 + rng.below(16)).min(len);
                out.drain(from..to);
            }
            4 => {
                let at = rng.below(len + 1);
                let value = INTERESTING[rng.below(INTERESTING.len())].as_bytes();
                out.splice(at..at, value.iter().copied());
            }
            5 if !others.is_empty() => {
                let other = &others[rng.below(others.len())];
                let at = rng.below(len + 1);
                let from = rng.below(other.len() + 1);
                let to = (from + rng.below(64)).min(other.len());
                out.truncate(at);
                out.extend_from_slice(&other[from..to]);
            }
            6 => {
                // Deep nesting.
                let at = rng.below(len + 1);
                let depth = 1 + rng.below(3000);
                let open = if rng.below(2) == 0 { b'[' } else { b'{' };
                out.splice(at..at, std::iter::repeat_n(open, depth));
            }
            7 => {
                // A long string.
                let at = rng.below(len + 1);
                let long = std::iter::repeat_n(b'x', 1 + rng.below(40_000));
                out.splice(at..at, long);
            }
            8 => {
                // A digit run where there was a digit: a number far out of range.
                if let Some(at) = (0..len)
                    .map(|i| (i + rng.below(len)) % len)
                    .find(|&i| out[i].is_ascii_digit())
                {
                    out.splice(at..at, b"9999999999999".iter().copied());
                }
            }
            9 if len > 1 => {
                // Duplicate a slice (repeated keys, repeated items).
                let from = rng.below(len);
                let to = (from + 1 + rng.below(80)).min(len);
                let slice = out[from..to].to_vec();
                let at = rng.below(len + 1);
                out.splice(at..at, slice);
            }
            10 => {
                let at = rng.below(len + 1);
                let bytes: Vec<u8> = (0..1 + rng.below(8)).map(|_| rng.next() as u8).collect();
                out.splice(at..at, bytes);
            }
            _ => {
                if len > 1 {
                    let (a, b) = (rng.below(len), rng.below(len));
                    out.swap(a, b);
                }
            }
        }
    }
    out
}

/// Every `{name}` in a message: what a template's unfilled gap looks like.
fn gaps(message: &str) -> impl Iterator<Item = &str> {
    message.match_indices('{').filter_map(move |(at, _)| {
        let rest = &message[at + 1..];
        let end = rest.find('}')?;
        let name = &rest[..end];
        (!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .then(|| &message[at..at + end + 2])
    })
}

/// A refusal must say what happened in both languages: a sentence of reasonable length, with no
/// unfilled gap and nothing unprintable from the input.
fn check_refusal(refusal: &Refusal) -> Result<(), String> {
    for lang in Lang::ALL {
        let message = refusal.message(lang);
        let unfilled = ["{x}", "{max}", "{level}", "{top}", "{reason}"]
            .iter()
            .any(|gap| message.contains(gap));
        let length = message.chars().count();
        if !(10..600).contains(&length)
            || unfilled
            || !message.ends_with('.')
            || message.chars().any(char::is_control)
        {
            return Err(format!("refusal {refusal:?} reads {message:?} in {lang:?}"));
        }
    }
    Ok(())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, link::MAX_BODY).ok()
}

fn deflate(body: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(body, 6)
}

/// What a target does with one input: nothing wrong, or what was.
type Check = Box<dyn Fn(&[u8]) -> Result<(), String>>;

/// A fuzz target: its name, valid samples, and what it does with one input.
struct Target {
    name: &'static str,
    seeds: Vec<Vec<u8>>,
    run: Check,
}

fn targets(profile: &'static Profile) -> Vec<Target> {
    // Valid samples of every format, made by the app's own writers.
    let book = match restore(Some(STORED_V1.trim()), "2026-11-25") {
        Restored::Loaded(book) => book,
        other => panic!("the stored fixture is readable: {other:?}"),
    };
    let mut laid_out = book.clone();
    laid_out.lay_out(profile);
    let shared = laid_out.entry().shared(profile);
    let file = exchange::export(&shared);
    let body = link::assessment_body(profile, &shared);
    let mut role = competence_matrix::core::answers::role::RoleProfile {
        title: "Executive Assistant to the CEO".into(),
        organisation: "Acme".into(),
        purpose: "Runs the week.".into(),
        profile: competence_matrix::core::formats::shared::ProfileRef::of(profile),
        ..Default::default()
    };
    role = competence_matrix::core::answers::role::RoleProfile::for_profile(profile, role);
    for (i, need) in role.needs.iter_mut().enumerate() {
        match profile.kind_of(&need.item) {
            Some(competence_matrix::core::profile::BlockKind::Rated) if i % 3 == 0 => {
                need.level = Some(competence_matrix::core::answers::assessment::Level(
                    1 + (i % 5) as u8,
                ))
            }
            Some(competence_matrix::core::profile::BlockKind::Held) if i % 2 == 0 => {
                need.requirement =
                    Some(competence_matrix::core::answers::role::Requirement::Required)
            }
            _ => {}
        }
    }
    let role_file = exchange::export_role(&role);
    let role_body = link::role_body(profile, &role);
    let fragment = link::pack(LinkKind::Assessment, &deflate(&body));
    let role_fragment = link::pack(LinkKind::Role, &deflate(&role_body));
    let stored = laid_out.to_json();

    let bytes = |s: &str| s.as_bytes().to_vec();
    vec![
        Target {
            name: "share-link",
            seeds: vec![bytes(&fragment), bytes(&role_fragment), bytes("share=v1.eJwDAAAAAAE")],
            run: Box::new(move |input| {
                let fragment = text(input);
                let packed = match link::unpack(&fragment) {
                    Ok(Some(packed)) => packed,
                    Ok(None) => return Ok(()),
                    Err(refusal) => return check_refusal(&refusal),
                };
                let Some(body) = inflate(&packed.data) else { return Ok(()) };
                let read = match packed.kind {
                    LinkKind::Assessment => link::read_assessment(profile, packed.version, &body).map(|_| ()),
                    LinkKind::Role => link::read_role(profile, &body).map(|_| ()),
                };
                read.or_else(|refusal| check_refusal(&refusal))
            }),
        },
        Target {
            name: "share-link-body",
            seeds: vec![body.clone()],
            run: Box::new(move |input| {
                for version in [1, 2] {
                    match link::read_assessment(profile, version, input) {
                        // What gets through is valid for the profile: it may reach the user's data.
                        Ok(shared) => {
                            shared.validated(profile).map_err(|r| format!("a read link fails validation: {r:?}"))?;
                        }
                        Err(refusal) => check_refusal(&refusal)?,
                    }
                }
                Ok(())
            }),
        },
        Target {
            name: "role-link-body",
            seeds: vec![role_body.clone()],
            run: Box::new(move |input| match link::read_role(profile, input) {
                Ok(_) => Ok(()),
                Err(refusal) => check_refusal(&refusal),
            }),
        },
        Target {
            name: "exchange-file",
            seeds: vec![bytes(&file), bytes(&role_file)],
            run: Box::new(move |input| match exchange::import(profile, &text(input)) {
                Ok(Incoming::Assessment(shared)) => shared
                    .validated(profile)
                    .map(|_| ())
                    .map_err(|r| format!("an imported file fails validation: {r:?}")),
                Ok(Incoming::Role(_)) => Ok(()),
                Err(refusal) => check_refusal(&refusal),
            }),
        },
        Target {
            name: "stored-state",
            seeds: vec![bytes(&stored), bytes(STORED_V1.trim())],
            run: Box::new(move |input| {
                let raw = text(input);
                match restore(Some(&raw), "2026-11-25") {
                    Restored::Loaded(mut book) => {
                        book.lay_out(profile);
                        let _ = book.take_unusable(profile);
                        for entry in &book.entries {
                            for rating in &entry.assessment.ratings {
                                if rating.problem(profile).is_some() {
                                    return Err(format!("an unusable answer stayed: {rating:?}"));
                                }
                            }
                        }
                        Ok(())
                    }
                    Restored::Unreadable { raw: kept, problem } => {
                        if kept != raw {
                            return Err("an unreadable entry was not kept verbatim".into());
                        }
                        for lang in Lang::ALL {
                            if problem.describe(lang).trim().is_empty() {
                                return Err(format!("{problem:?} has no description"));
                            }
                        }
                        Ok(())
                    }
                    Restored::Fresh => Err("something stored read as nothing stored".into()),
                }
            }),
        },
        Target {
            name: "profile-file",
            seeds: vec![bytes(PROFILE)],
            run: Box::new(move |input| {
                let input = text(input);
                match Profile::from_json(&input) {
                    Ok(_) => Ok(()),
                    Err(quick) => {
                        // The refusal in full, as the app shows it, agrees with the quick one.
                        let error = Profile::diagnose(&input);
                        let agrees = match &quick {
                            competence_matrix::core::profile::ProfileError::Malformed(None) => matches!(error, competence_matrix::core::profile::ProfileError::Malformed(Some(_))),
                            _ => quick == error,
                        };
                        if !agrees {
                            return Err(format!("{quick:?} diagnosed as {error:?}"));
                        }
                        for lang in Lang::ALL {
                            let message = error.message(lang);
                            // A gap like `{x}` left unfilled, unless the file itself wrote it
                            // (an id may hold braces).
                            let unfilled = gaps(&message).any(|gap| !input.contains(gap));
                            if message.trim().is_empty()
                                || unfilled
                                || message.chars().count() > 600
                            {
                                return Err(format!("{error:?} reads {message:?}"));
                            }
                        }
                        Ok(())
                    }
                }
            }),
        },
        Target {
            name: "embed-query",
            seeds: vec![
                bytes("?embed&lang=nl&accent=%23a4262c&font=Source+Sans+3,Georgia&profile=profiles/nvma.json"),
                bytes("?embed=0&lang=en-GB&accent=036"),
            ],
            run: Box::new(move |input| {
                let options = embed::parse(&text(input));
                if let Some(accent) = &options.accent {
                    if accent.len() != 7 || !accent.starts_with('#') {
                        return Err(format!("accent {accent:?} passed"));
                    }
                }
                if let Some(font) = &options.font {
                    if font.contains([';', '{', '}', '(', ')', '<', '\\']) {
                        return Err(format!("font {font:?} passed"));
                    }
                }
                if let Some(path) = &options.profile {
                    let climbs = path.split('/').any(|segment| segment == "..");
                    if path.contains(':') || path.starts_with("//") || climbs || !path.ends_with(".json") {
                        return Err(format!("profile {path:?} passed"));
                    }
                }
                Ok(())
            }),
        },
    ]
}

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn regressions(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target)
}

fn main() {
    let inputs: usize = arg("--inputs")
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    let seed: u64 = arg("--seed")
        .and_then(|n| n.parse().ok())
        .unwrap_or(20261125);
    let only = arg("--target");
    let profile: &'static Profile = Box::leak(Box::new(
        Profile::from_json(PROFILE).expect("the shipped profile is valid"),
    ));
    // Panics are caught and counted; their default report would flood the output.
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = 0;
    println!("fuzz: {inputs} inputs per target, seed {seed}");
    println!(
        "{:<18} {:>10} {:>9} {:>7} {:>9}",
        "target", "inputs", "seconds", "panics", "problems"
    );
    for target in targets(profile) {
        if only.as_deref().is_some_and(|o| o != target.name) {
            continue;
        }
        let mut rng = Rng(seed
            ^ target
                .name
                .bytes()
                .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))));
        let started = Instant::now();
        let (mut panics, mut problems, mut count) = (0, 0, 0);
        let dir = regressions(target.name);
        let saved: Vec<Vec<u8>> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| std::fs::read(e.ok()?.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        let mut corpus = target.seeds.clone();
        let mut try_one = |input: &[u8], corpus: &mut Vec<Vec<u8>>| {
            count += 1;
            match catch_unwind(AssertUnwindSafe(|| (target.run)(input))) {
                Ok(Ok(())) => {
                    // Inputs that still read keep the corpus varied.
                    if corpus.len() < 64 && input.len() < 20_000 {
                        corpus.push(input.to_vec());
                    }
                }
                Ok(Err(problem)) => {
                    problems += 1;
                    if problems <= 3 {
                        println!("  {}: {problem}", target.name);
                    }
                    save(&dir, input);
                }
                Err(_) => {
                    panics += 1;
                    let path = save(&dir, input);
                    if panics <= 3 {
                        println!("  {}: panicked on {}", target.name, path.display());
                    }
                }
            }
        };
        for input in &saved {
            try_one(input, &mut corpus);
        }
        for _ in 0..inputs {
            let base = corpus[rng.below(corpus.len())].clone();
            let input = mutate(&mut rng, &base, &corpus);
            try_one(&input, &mut corpus);
        }
        println!(
            "{:<18} {:>10} {:>9.1} {:>7} {:>9}",
            target.name,
            count,
            started.elapsed().as_secs_f64(),
            panics,
            problems
        );
        failed += panics + problems;
    }
    if failed > 0 {
        println!("fuzz: {failed} failing inputs, saved under tests/fuzz-regressions/");
        std::process::exit(1);
    }
}

/// Saves a failing input under its hash, to be replayed by every later run.
fn save(dir: &Path, input: &[u8]) -> PathBuf {
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let _ = std::fs::create_dir_all(dir);
    let path = dir.join(format!("{hash:016x}"));
    let _ = std::fs::write(&path, input);
    path
}
