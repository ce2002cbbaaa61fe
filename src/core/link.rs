//! Share links: a whole assessment or role profile in the URL fragment, which browsers never
//! send to a server. The encoding knows the profile, so an item costs one byte, not its id:
//!
//! ```text
//! fragment   = ("share=" | "role=") "v" VERSION "." base64url(zlib(body))
//! share v1   = profile-id profile-version date name job-title organisation        (strings)
//!              items, notes
//! share v2   = profile-id profile-version date assessment-name perspective (byte)
//!              name job-title organisation, items, notes
//! role v1    = profile-id profile-version title organisation purpose, items
//! items      = item-count (varint), then per profile item one byte:
//!                rated item, assessment: current level (bits 0-2) | target level << 3 (0 = none)
//!                held item, assessment:  0 none, 1 not held, 2 occasionally, 3 regularly, 4 owner
//!                rated item, role:       required level (0 = not needed)
//!                held item, role:        0 not part of the post, 1 optional, 2 required
//! notes      = note-count (varint), then per note: item position (varint), text (string)
//! string     = byte length (varint) then UTF-8
//! ```
//! zlib's checksum catches a link that was cut short or changed on the way. Compressing is the
//! browser's work (`CompressionStream`); this module reads and writes the body and the fragment
//! around it, so that both are tested natively. Ratings of items the profile no longer has are
//! not in links (they are in exported files).

use super::assessment::{Assessment, Level, Perspective, Rating};
use super::profile::{BlockKind, Profile};
use super::role::{Need, Requirement, RoleProfile};
use super::shared::{holding_code, holding_from_code, Person, ProfileRef, Refusal, Shared};

pub const SHARE_PREFIX: &str = "share=";
pub const ROLE_PREFIX: &str = "role=";
/// The version this app writes for assessments; version 1 links are still read.
pub const SHARE_VERSION: u64 = 2;
pub const ROLE_VERSION: u64 = 1;
/// Decompressed bodies larger than this are refused (a crafted link could expand enormously).
pub const MAX_BODY: usize = 1 << 20;

/// What a link carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Assessment,
    Role,
}

/// A link taken apart: what it carries, its format version and the compressed body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packed {
    pub kind: LinkKind,
    pub version: u64,
    pub data: Vec<u8>,
}

/// Whether the fragment (without `#`) is meant to be a share link, readable or not.
pub fn is_link(fragment: &str) -> bool {
    fragment.starts_with(SHARE_PREFIX) || fragment.starts_with(ROLE_PREFIX)
}

/// Reads the fragment (without `#`): `Ok(None)` when it is not meant to be a link at all,
/// an error when it is one that this app cannot open.
pub fn unpack(fragment: &str) -> Result<Option<Packed>, Refusal> {
    let (kind, rest, newest) = if let Some(rest) = fragment.strip_prefix(SHARE_PREFIX) {
        (LinkKind::Assessment, rest, SHARE_VERSION)
    } else if let Some(rest) = fragment.strip_prefix(ROLE_PREFIX) {
        (LinkKind::Role, rest, ROLE_VERSION)
    } else {
        return Ok(None);
    };
    let (version, data) = rest
        .strip_prefix('v')
        .and_then(|r| r.split_once('.'))
        .ok_or(Refusal::NotOurs)?;
    let version: u64 = version.parse().map_err(|_| Refusal::NotOurs)?;
    if version > newest {
        return Err(Refusal::NewerFormat(
            i64::try_from(version).unwrap_or(i64::MAX),
        ));
    }
    if version == 0 {
        return Err(Refusal::NotOurs);
    }
    let data = base64url::decode(data).ok_or(Refusal::Damaged)?;
    if data.is_empty() {
        return Err(Refusal::Damaged);
    }
    Ok(Some(Packed {
        kind,
        version,
        data,
    }))
}

/// The fragment for a compressed body.
pub fn pack(kind: LinkKind, compressed: &[u8]) -> String {
    let (prefix, version) = match kind {
        LinkKind::Assessment => (SHARE_PREFIX, SHARE_VERSION),
        LinkKind::Role => (ROLE_PREFIX, ROLE_VERSION),
    };
    format!("{prefix}v{version}.{}", base64url::encode(compressed))
}

fn put_header(body: &mut Vec<u8>, profile: &ProfileRef) {
    put_str(body, &profile.id);
    put_str(body, &profile.version);
}

/// The body of a share link for `shared` (newest version), before compression.
pub fn assessment_body(profile: &Profile, shared: &Shared) -> Vec<u8> {
    let mut body = Vec::new();
    put_header(&mut body, &shared.profile);
    put_str(&mut body, &shared.date);
    put_str(&mut body, &shared.name);
    body.push(shared.perspective.index() as u8);
    for text in [
        &shared.person.name,
        &shared.person.job_title,
        &shared.person.organisation,
    ] {
        put_str(&mut body, text);
    }
    let laid_out = Assessment::for_profile(profile, shared.assessment.clone());
    put_varint(&mut body, profile.item_count() as u64);
    let mut notes = Vec::new();
    for (position, rating) in laid_out
        .ratings
        .iter()
        .take(profile.item_count())
        .enumerate()
    {
        let byte = match profile.kind_of(&rating.item) {
            Some(BlockKind::Held) => holding_code(rating.held),
            _ => {
                rating.current.map_or(0, |l| l.0 & 7) | (rating.target.map_or(0, |l| l.0 & 7) << 3)
            }
        };
        body.push(byte);
        if !rating.evidence.is_empty() {
            notes.push((position, rating.evidence.as_str()));
        }
    }
    put_varint(&mut body, notes.len() as u64);
    for (position, note) in notes {
        put_varint(&mut body, position as u64);
        put_str(&mut body, note);
    }
    body
}

/// The body of a role link, before compression.
pub fn role_body(profile: &Profile, role: &RoleProfile) -> Vec<u8> {
    let mut body = Vec::new();
    put_header(&mut body, &role.profile);
    for text in [&role.title, &role.organisation, &role.purpose] {
        put_str(&mut body, text);
    }
    let laid_out = RoleProfile::for_profile(profile, role.clone());
    put_varint(&mut body, profile.item_count() as u64);
    for need in laid_out.needs.iter().take(profile.item_count()) {
        body.push(match (need.level, need.requirement) {
            (Some(level), _) => level.0 & 7,
            (None, Some(Requirement::Optional)) => 1,
            (None, Some(Requirement::Required)) => 2,
            (None, None) => 0,
        });
    }
    body
}

/// Checks the profile a body was made with: another profile, or another version of it
/// (whose item positions differ), is refused.
fn read_header(profile: &Profile, r: &mut Reader) -> Result<ProfileRef, Refusal> {
    let id = r.string()?;
    let version = r.string()?;
    if id != profile.id {
        return Err(Refusal::OtherProfile { id });
    }
    if version != profile.version {
        return Err(Refusal::OtherProfileVersion { version });
    }
    Ok(ProfileRef { id, version })
}

fn read_item_count(profile: &Profile, r: &mut Reader) -> Result<(), Refusal> {
    if r.varint()? != profile.item_count() as u64 {
        return Err(Refusal::Damaged);
    }
    Ok(())
}

/// Reads an assessment link's body (after decompression). Never panics, whatever the bytes.
pub fn read_assessment(profile: &Profile, version: u64, body: &[u8]) -> Result<Shared, Refusal> {
    let mut r = Reader { bytes: body, at: 0 };
    let profile_ref = read_header(profile, &mut r)?;
    let date = r.string()?;
    let (name, perspective) = if version >= 2 {
        let name = r.string()?;
        let perspective = *Perspective::ALL
            .get(usize::from(r.byte()?))
            .ok_or(Refusal::Damaged)?;
        (name, perspective)
    } else {
        // Version 1 links were always the sender's own view, without a name.
        (String::new(), Perspective::Own)
    };
    let person = Person {
        name: r.string()?,
        job_title: r.string()?,
        organisation: r.string()?,
    };
    read_item_count(profile, &mut r)?;
    let mut ratings: Vec<Rating> = Vec::with_capacity(profile.item_count());
    for item in profile.items() {
        let byte = r.byte()?;
        let mut rating = Rating::new(item.id.clone());
        match profile.kind_of(&item.id) {
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
    if notes > profile.item_count() as u64 {
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
    r.end()?;
    Shared {
        profile: profile_ref,
        name,
        perspective,
        date,
        person,
        assessment: Assessment { ratings }.without_blanks(),
    }
    .validated(profile)
}

/// Reads a role link's body (after decompression). Never panics, whatever the bytes.
pub fn read_role(profile: &Profile, body: &[u8]) -> Result<RoleProfile, Refusal> {
    let mut r = Reader { bytes: body, at: 0 };
    let profile_ref = read_header(profile, &mut r)?;
    let title = r.string()?;
    let organisation = r.string()?;
    let purpose = r.string()?;
    read_item_count(profile, &mut r)?;
    let mut needs = Vec::with_capacity(profile.item_count());
    for item in profile.items() {
        let byte = r.byte()?;
        let mut need = Need::new(item.id.clone());
        match profile.kind_of(&item.id) {
            Some(BlockKind::Held) => {
                need.requirement = match byte {
                    0 => None,
                    1 => Some(Requirement::Optional),
                    2 => Some(Requirement::Required),
                    _ => return Err(Refusal::Damaged),
                }
            }
            _ => {
                if byte > 7 {
                    return Err(Refusal::Damaged);
                }
                need.level = (byte != 0).then_some(Level(byte));
            }
        }
        needs.push(need);
    }
    r.end()?;
    RoleProfile {
        id: String::new(),
        title,
        organisation,
        purpose,
        profile: profile_ref,
        needs,
        stamps: Default::default(),
    }
    .validated(profile)
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

    /// Nothing may follow the last field.
    fn end(&self) -> Result<(), Refusal> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(Refusal::Damaged)
        }
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

/// zlib for native code: the tests and the fuzzer compress and inflate as the browser does.
#[cfg(test)]
pub(crate) mod zlib {
    pub fn compress(body: &[u8]) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec_zlib(body, 9)
    }

    pub fn inflate(data: &[u8]) -> Option<Vec<u8>> {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, super::MAX_BODY).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_is_a_link_exactly_when_unpack_reads_it_as_one() {
        for fragment in [
            "",
            "main",
            "a=",
            "share=",
            "a=v1.AAAA",
            "role=v1.AAAA",
            "role=x",
            "a=v9.AAAA",
            "a=v1.%%%",
        ] {
            assert_eq!(
                is_link(fragment),
                !matches!(unpack(fragment), Ok(None)),
                "{fragment:?}"
            );
        }
    }
    use crate::core::assessment::Holding;
    use crate::core::profile::tests::sample;
    use proptest::prelude::*;

    /// The whole way, as the app goes it: body, compression, fragment — and back.
    pub(crate) fn encode(profile: &Profile, shared: &Shared) -> String {
        pack(
            LinkKind::Assessment,
            &zlib::compress(&assessment_body(profile, shared)),
        )
    }

    pub(crate) fn decode(profile: &Profile, fragment: &str) -> Result<Shared, Refusal> {
        let packed = unpack(fragment)?.ok_or(Refusal::NotOurs)?;
        if packed.kind != LinkKind::Assessment {
            return Err(Refusal::WrongKind);
        }
        let body = zlib::inflate(&packed.data).ok_or(Refusal::Damaged)?;
        read_assessment(profile, packed.version, &body)
    }

    fn shared(ratings: Vec<Rating>) -> Shared {
        let profile = sample();
        Shared {
            profile: ProfileRef::of(&profile),
            name: "Self, 2026".into(),
            perspective: Perspective::Manager,
            date: "2026-11-24".into(),
            person: Person {
                name: "Anna de Vries".into(),
                job_title: "Executive Assistant".into(),
                organisation: "<b>Acme</b>".into(),
            },
            assessment: Assessment::for_profile(&profile, Assessment { ratings }).without_blanks(),
        }
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
        assert!(link.starts_with("share=v2."));
        assert_eq!(decode(&sample(), &link), Ok(laid_out(full())));
    }

    #[test]
    fn reads_a_version_one_link_as_the_senders_own_view() {
        // Made by the app as it was before links carried whose view they hold (2026-11-24).
        let mut body = Vec::new();
        for text in ["sample", "1", "2026-11-24", "Anna", "", ""] {
            put_str(&mut body, text);
        }
        put_varint(&mut body, 5);
        body.extend([4, 0, 3 | (3 << 3), 0, 2]);
        put_varint(&mut body, 1);
        put_varint(&mut body, 0);
        put_str(&mut body, "Runs the board calendar");
        let link = format!("share=v1.{}", base64url::encode(&zlib::compress(&body)));
        let read = decode(&sample(), &link).unwrap();
        assert_eq!(read.perspective, Perspective::Own);
        assert_eq!(read.name, "");
        assert_eq!(read.person.name, "Anna");
        assert_eq!(read.assessment.ratings[0].held, Some(Holding::Owner));
        assert_eq!(
            read.assessment.ratings[0].evidence,
            "Runs the board calendar"
        );
        assert_eq!(read.assessment.ratings[2].target, Some(Level(3)));
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
    fn tells_links_from_other_fragments() {
        assert_eq!(unpack(""), Ok(None));
        assert_eq!(unpack("matrix"), Ok(None));
        assert_eq!(unpack("share=1.abc"), Err(Refusal::NotOurs));
        assert_eq!(unpack("share=vx.abc"), Err(Refusal::NotOurs));
        assert_eq!(unpack("share=v0.abc"), Err(Refusal::NotOurs));
        assert_eq!(unpack("share=v3.abc"), Err(Refusal::NewerFormat(3)));
        assert_eq!(unpack("role=v2.abc"), Err(Refusal::NewerFormat(2)));
        assert_eq!(
            unpack("share=v99999999999999999999.abc"),
            Err(Refusal::NotOurs)
        );
        assert_eq!(unpack("share=v1."), Err(Refusal::Damaged));
        assert_eq!(unpack("share=v1.!!!!"), Err(Refusal::Damaged));
        assert_eq!(
            unpack("role=v1.AAAA").map(|p| p.map(|p| p.kind)),
            Ok(Some(LinkKind::Role))
        );
    }

    #[test]
    fn refuses_a_truncated_link() {
        let link = encode(&sample(), &full());
        for cut in 10..link.len() {
            assert!(decode(&sample(), &link[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn refuses_a_truncated_or_extended_body() {
        let body = assessment_body(&sample(), &full());
        for cut in 0..body.len() {
            assert!(
                read_assessment(&sample(), 2, &body[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut longer = body.clone();
        longer.push(0);
        assert_eq!(
            read_assessment(&sample(), 2, &longer),
            Err(Refusal::Damaged)
        );
    }

    #[test]
    fn refuses_a_link_for_another_profile_or_version() {
        let mut other = sample();
        other.id = "other".into();
        let link = encode(
            &other,
            &Shared {
                profile: ProfileRef::of(&other),
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
                profile: ProfileRef {
                    id: "sample".into(),
                    version: "0.9".into(),
                },
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
    fn role_links_round_trip() {
        let profile = sample();
        let role = RoleProfile {
            stamps: Default::default(),
            id: String::new(),
            title: "Executive Assistant to the CEO".into(),
            organisation: "Acme".into(),
            purpose: "Keeps the CEO's week running.".into(),
            profile: ProfileRef::of(&profile),
            needs: vec![
                Need {
                    requirement: Some(Requirement::Required),
                    ..Need::new("t1")
                },
                Need {
                    requirement: Some(Requirement::Optional),
                    ..Need::new("t2")
                },
                Need {
                    level: Some(Level(3)),
                    ..Need::new("s2")
                },
            ],
        };
        let body = role_body(&profile, &role);
        let back = read_role(&profile, &body).unwrap();
        assert_eq!(back, role.clone().validated(&profile).unwrap());
        for cut in 0..body.len() {
            assert!(read_role(&profile, &body[..cut]).is_err(), "cut at {cut}");
        }
        let fragment = pack(LinkKind::Role, &zlib::compress(&body));
        assert!(fragment.starts_with("role=v1."));
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
                        holding_from_code(holding as u8).flatten()
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
            0usize..3,
        )
            .prop_map(
                |((t1, t2), (s1, s2, s3), name, title, perspective)| Shared {
                    person: Person {
                        name,
                        job_title: title,
                        organisation: String::new(),
                    },
                    perspective: Perspective::ALL[perspective],
                    ..shared(vec![t1, t2, s1, s2, s3])
                },
            )
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
        fn random_bodies_never_panic_and_are_refused_or_valid(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            for version in [1, 2] {
                if let Ok(shared) = read_assessment(&sample(), version, &bytes) {
                    prop_assert!(shared.clone().validated(&sample()).is_ok());
                }
            }
            let _ = read_role(&sample(), &bytes);
        }

        #[test]
        fn a_changed_character_never_yields_another_assessment(shared in any_shared(), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_-]") {
            let link = encode(&sample(), &shared);
            let start = "share=v2.".len();
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
