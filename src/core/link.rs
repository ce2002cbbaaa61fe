//! Share links: the whole assessment in the URL fragment (`#share=v1.…`), which browsers never
//! send to a server. The encoding knows the profile, so an item costs one byte, not its id:
//!
//! ```text
//! fragment = "share=v" VERSION "." base64url(zlib(body))
//! body     = profile-id profile-version date name job-title organisation   (strings)
//!            item-count (varint), then per profile item one byte:
//!              rated item: current level (bits 0-2) | target level << 3   (0 = none)
//!              held item:  holding code (0 none, 1 not held, 2 occasionally, 3 regularly, 4 owner)
//!            note-count (varint), then per note: item position (varint), text (string)
//! string   = byte length (varint) then UTF-8
//! ```
//! zlib's checksum catches a link that was cut short or changed on the way. Ratings of items
//! the profile no longer has are not in links (they are in exported files).

use super::assessment::{Assessment, Level, Rating};
use super::profile::{BlockKind, Profile};
use super::shared::{holding_code, holding_from_code, Person, Refusal, Shared};

pub const FRAGMENT_PREFIX: &str = "share=";
pub const VERSION: u64 = 1;
/// Decompressed bodies larger than this are refused (a crafted link could expand enormously).
const MAX_BODY: usize = 1 << 20;

/// The fragment (without `#`) for `shared`.
pub fn encode(profile: &Profile, shared: &Shared) -> String {
    let mut body = Vec::new();
    for text in [
        &shared.profile_id,
        &shared.profile_version,
        &shared.date,
        &shared.person.name,
        &shared.person.job_title,
        &shared.person.organisation,
    ] {
        put_str(&mut body, text);
    }
    let items: Vec<_> = profile.items().collect();
    put_varint(&mut body, items.len() as u64);
    let mut notes = Vec::new();
    for (position, item) in items.iter().enumerate() {
        let rating = shared.assessment.rating(&item.id);
        let byte = match (profile.block_of(&item.id).map(|b| b.kind), rating) {
            (_, None) => 0,
            (Some(BlockKind::Held), Some(r)) => holding_code(r.held),
            (_, Some(r)) => {
                r.current.map_or(0, |l| l.0 & 7) | (r.target.map_or(0, |l| l.0 & 7) << 3)
            }
        };
        body.push(byte);
        if let Some(note) = rating
            .map(|r| r.evidence.as_str())
            .filter(|n| !n.is_empty())
        {
            notes.push((position, note));
        }
    }
    put_varint(&mut body, notes.len() as u64);
    for (position, note) in notes {
        put_varint(&mut body, position as u64);
        put_str(&mut body, note);
    }
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&body, 9);
    format!("{FRAGMENT_PREFIX}v{VERSION}.{}", base64url::encode(&packed))
}

/// True when a fragment (without `#`) is meant to be a share link, good or bad.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.starts_with(FRAGMENT_PREFIX)
}

/// Reads a fragment (without `#`) for `profile`. Never panics, whatever the input.
pub fn decode(profile: &Profile, fragment: &str) -> Result<Shared, Refusal> {
    let rest = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .ok_or(Refusal::NotOurs)?;
    let (version, data) = rest
        .strip_prefix('v')
        .and_then(|r| r.split_once('.'))
        .ok_or(Refusal::NotOurs)?;
    let version: u64 = version.parse().map_err(|_| Refusal::NotOurs)?;
    if version > VERSION {
        return Err(Refusal::NewerFormat(version));
    }
    if version != VERSION {
        return Err(Refusal::NotOurs);
    }
    let packed = base64url::decode(data).ok_or(Refusal::Damaged)?;
    let body = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_BODY)
        .map_err(|_| Refusal::Damaged)?;
    let mut reader = Reader {
        bytes: &body,
        at: 0,
    };
    let shared = read_body(profile, &mut reader)?;
    if reader.at != body.len() {
        return Err(Refusal::Damaged);
    }
    shared.validated(profile)
}

fn read_body(profile: &Profile, r: &mut Reader) -> Result<Shared, Refusal> {
    let profile_id = r.string()?;
    let profile_version = r.string()?;
    if profile_id != profile.id {
        return Err(Refusal::OtherProfile { id: profile_id });
    }
    if profile_version != profile.version {
        return Err(Refusal::OtherProfileVersion {
            version: profile_version,
        });
    }
    let date = r.string()?;
    let person = Person {
        name: r.string()?,
        job_title: r.string()?,
        organisation: r.string()?,
    };
    let items: Vec<_> = profile.items().collect();
    if r.varint()? != items.len() as u64 {
        return Err(Refusal::Damaged);
    }
    let mut ratings: Vec<Rating> = Vec::with_capacity(items.len());
    for item in &items {
        let byte = r.byte()?;
        let mut rating = Rating::new(item.id.clone());
        match profile.block_of(&item.id).map(|b| b.kind) {
            Some(BlockKind::Held) => {
                rating.held = holding_from_code(byte).ok_or(Refusal::Damaged)?
            }
            _ => {
                if byte >> 6 != 0 {
                    return Err(Refusal::Damaged);
                }
                let level = |bits: u8| (bits != 0).then_some(Level(bits));
                rating.current = level(byte & 7);
                rating.target = level((byte >> 3) & 7);
            }
        }
        ratings.push(rating);
    }
    let notes = r.varint()?;
    if notes > items.len() as u64 {
        return Err(Refusal::Damaged);
    }
    for _ in 0..notes {
        let position = usize::try_from(r.varint()?).map_err(|_| Refusal::Damaged)?;
        let text = r.string()?;
        let rating = ratings.get_mut(position).ok_or(Refusal::Damaged)?;
        if !rating.evidence.is_empty() || text.is_empty() {
            return Err(Refusal::Damaged);
        }
        rating.evidence = text;
    }
    Ok(Shared {
        profile_id,
        profile_version,
        date,
        person,
        assessment: Assessment { ratings }.without_blanks(),
    })
}

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, Refusal> {
        let byte = *self.bytes.get(self.at).ok_or(Refusal::Damaged)?;
        self.at += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Result<u64, Refusal> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Refusal::Damaged)
    }

    fn string(&mut self) -> Result<String, Refusal> {
        let len = usize::try_from(self.varint()?).map_err(|_| Refusal::Damaged)?;
        let end = self
            .at
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(Refusal::Damaged)?;
        let text = std::str::from_utf8(&self.bytes[self.at..end]).map_err(|_| Refusal::Damaged)?;
        self.at = end;
        Ok(text.to_string())
    }
}

/// URL-safe base64 without padding (RFC 4648 §5), small enough to keep here.
pub mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            }
        }
        out
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
        let bytes = text.as_bytes();
        if bytes.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
        for chunk in bytes.chunks(4) {
            let mut n = 0u32;
            for (i, &c) in chunk.iter().enumerate() {
                n |= value(c)? << (18 - 6 * i);
            }
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::Holding;
    use crate::core::profile::tests::sample;
    use proptest::prelude::*;

    fn shared(ratings: Vec<Rating>) -> Shared {
        let profile = sample();
        Shared::new(
            &profile,
            "2026-11-24".into(),
            Person {
                name: "Anna de Vries".into(),
                job_title: "Executive Assistant".into(),
                organisation: "<b>Acme</b>".into(),
            },
            &Assessment::for_profile(&profile, Assessment { ratings }),
        )
    }

    fn full() -> Shared {
        shared(vec![
            Rating {
                held: Some(Holding::Owner),
                evidence: "Runs the board calendar".into(),
                ..Rating::new("t1")
            },
            Rating {
                held: Some(Holding::NotHeld),
                ..Rating::new("t2")
            },
            Rating {
                current: Some(Level(3)),
                target: Some(Level(3)),
                ..Rating::new("s1")
            },
            Rating {
                current: Some(Level(2)),
                evidence: "<img src=x onerror=alert(1)> ✓".into(),
                ..Rating::new("s3")
            },
        ])
    }

    fn laid_out(shared: Shared) -> Shared {
        shared.validated(&sample()).unwrap()
    }

    #[test]
    fn round_trips() {
        let link = encode(&sample(), &full());
        assert!(link.starts_with("share=v1."));
        assert_eq!(decode(&sample(), &link), Ok(laid_out(full())));
    }

    #[test]
    fn is_url_safe() {
        let link = encode(&sample(), &full());
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.=".contains(&b)),
            "{link}"
        );
    }

    #[test]
    fn refuses_other_fragments_and_versions() {
        let profile = sample();
        assert_eq!(decode(&profile, ""), Err(Refusal::NotOurs));
        assert_eq!(decode(&profile, "matrix"), Err(Refusal::NotOurs));
        assert_eq!(decode(&profile, "share=1.abc"), Err(Refusal::NotOurs));
        assert_eq!(decode(&profile, "share=vx.abc"), Err(Refusal::NotOurs));
        assert_eq!(decode(&profile, "share=v0.abc"), Err(Refusal::NotOurs));
        assert_eq!(
            decode(&profile, "share=v2.abc"),
            Err(Refusal::NewerFormat(2))
        );
        assert_eq!(decode(&profile, "share=v1."), Err(Refusal::Damaged));
        assert_eq!(decode(&profile, "share=v1.!!!!"), Err(Refusal::Damaged));
    }

    #[test]
    fn refuses_a_truncated_link() {
        let link = encode(&sample(), &full());
        for cut in 10..link.len() {
            assert!(decode(&sample(), &link[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn refuses_a_link_for_another_profile_or_version() {
        let mut other = sample();
        other.id = "other".into();
        let link = encode(
            &other,
            &Shared {
                profile_id: "other".into(),
                ..full()
            },
        );
        assert_eq!(
            decode(&sample(), &link),
            Err(Refusal::OtherProfile { id: "other".into() })
        );
        let link = encode(
            &sample(),
            &Shared {
                profile_version: "0.9".into(),
                ..full()
            },
        );
        assert_eq!(
            decode(&sample(), &link),
            Err(Refusal::OtherProfileVersion {
                version: "0.9".into()
            })
        );
    }

    #[test]
    fn base64url_known_values() {
        assert_eq!(base64url::encode(b""), "");
        assert_eq!(base64url::encode(b"f"), "Zg");
        assert_eq!(base64url::encode(b"fo"), "Zm8");
        assert_eq!(base64url::encode(b"foo"), "Zm9v");
        assert_eq!(base64url::encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url::decode("Zm9vYg").as_deref(), Some(&b"foob"[..]));
        assert_eq!(base64url::decode("Z"), None);
        assert_eq!(base64url::decode("Zm9v+"), None);
    }

    fn any_rating(item: &'static str, held: bool) -> impl Strategy<Value = Rating> {
        (
            0u8..=3,
            0u8..=3,
            0usize..5,
            proptest::option::of("\\PC{1,60}"),
        )
            .prop_map(move |(current, target, holding, note)| {
                let level = |l: u8| (l > 0).then_some(Level(l));
                Rating {
                    item: item.into(),
                    current: if held { None } else { level(current) },
                    target: if held { None } else { level(target) },
                    held: if held {
                        [
                            None,
                            Some(Holding::NotHeld),
                            Some(Holding::Occasionally),
                            Some(Holding::Regularly),
                            Some(Holding::Owner),
                        ][holding]
                    } else {
                        None
                    },
                    evidence: note.unwrap_or_default(),
                }
            })
    }

    fn any_shared() -> impl Strategy<Value = Shared> {
        (
            (any_rating("t1", true), any_rating("t2", true)),
            (
                any_rating("s1", false),
                any_rating("s2", false),
                any_rating("s3", false),
            ),
            "\\PC{0,40}",
            "\\PC{0,40}",
        )
            .prop_map(|((t1, t2), (s1, s2, s3), name, title)| Shared {
                person: Person {
                    name,
                    job_title: title,
                    organisation: String::new(),
                },
                ..shared(vec![t1, t2, s1, s2, s3])
            })
    }

    proptest! {
        #[test]
        fn any_assessment_round_trips(shared in any_shared()) {
            let link = encode(&sample(), &shared);
            prop_assert_eq!(decode(&sample(), &link), Ok(laid_out(shared)));
        }

        #[test]
        fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64url::decode(&base64url::encode(&bytes)), Some(bytes));
        }

        #[test]
        fn random_input_never_panics(text in "\\PC{0,300}") {
            let _ = decode(&sample(), &text);
            let _ = decode(&sample(), &format!("share=v1.{text}"));
        }

        #[test]
        fn random_bytes_behind_a_valid_prefix_are_refused(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let fragment = format!("share=v1.{}", base64url::encode(&bytes));
            prop_assert!(decode(&sample(), &fragment).is_err());
        }

        #[test]
        fn a_changed_character_never_yields_another_assessment(shared in any_shared(), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_-]") {
            let link = encode(&sample(), &shared);
            let start = "share=v1.".len();
            let at = start + at.index(link.len() - start);
            let mut tampered = link.clone();
            tampered.replace_range(at..at + 1, &with);
            // zlib's checksum refuses changed data. A change that gets through touched only bits
            // that mean nothing (base64 padding, unused parts of the deflate stream), so it
            // must read as exactly the same assessment.
            if let Ok(decoded) = decode(&sample(), &tampered) {
                prop_assert_eq!(Ok(decoded), decode(&sample(), &link));
            }
        }
    }
}
