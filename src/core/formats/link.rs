//! Share links: a whole assessment or role profile in the URL fragment, which browsers never
//! send to a server. The encoding knows the profile, so an item costs one byte, not its id:
//!
//! ```text
//! fragment   = ("share=" | "role=") "v" VERSION "." base64url(zlib(body))
//! share v1   = profile-id profile-version date name job-title organisation        (strings)
//!              items, notes
//! share v2   = profile-id profile-version date assessment-name perspective (byte)
//!              name job-title organisation, items, notes
//! share v3   = share v2, then agreement: 0 (none) | 1 agreed-with side side
//! side       = perspective (byte) date items (no targets; no notes)
//! role v1    = profile-id profile-version title organisation purpose, items
//! items      = item-count (varint), then per profile item one byte:
//!                rated item, assessment: current level (bits 0-2) | target level << 3 (0 = none)
//!                held item, assessment:  0 none, 1 not held, 2 occasionally, 3 regularly, 4 owner
//!                rated item, role:       required level (0 = not needed)
//!                held item, role:        0 not part of the post, 1 optional, 2 required
//! notes      = note-count (varint), then per note: item position (varint), text (string)
//! string     = byte length (varint) then UTF-8
//! ```
//! That is postcard's wire format for the structs below (strings and sequences after their
//! length as a varint, a `u8` as one byte), so serde's derives write and read it; the links
//! made before, by a codec of our own, read the same (see the tests).
//! Version 3 (2026-12-06) adds what an agreed assessment was agreed from; versions 1 and 2 are
//! still read. zlib's checksum catches a link that was cut short or changed on the way. Compressing is the
//! browser's work (`CompressionStream`); this module reads and writes the body and the fragment
//! around it, so that both are tested natively. Ratings of items the profile no longer has are
//! not in links (they are in exported files).

use crate::core::answers::agreement::{Agreement, Side};
use crate::core::answers::assessment::{Assessment, Level, Perspective, Rating};
use crate::core::answers::role::{Need, Requirement, RoleProfile};
use crate::core::profile::{BlockKind, Profile};
use serde::{Deserialize, Serialize};

use crate::core::formats::shared::{
    holding_code, holding_from_code, Person, ProfileRef, Refusal, Shared,
};

pub const SHARE_PREFIX: &str = "share=";
pub const ROLE_PREFIX: &str = "role=";
/// The version this app writes for assessments; versions 1 and 2 are still read.
pub const SHARE_VERSION: u64 = 3;
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

/// The fragment of a link someone pasted (a whole address, or the fragment alone), without
/// `#` and the spaces around it.
pub fn fragment_of(pasted: &str) -> &str {
    let pasted = pasted.trim();
    pasted
        .split_once('#')
        .map_or(pasted, |(_, fragment)| fragment)
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

/// A body's first fields: the profile it was made with, read first so that a link of another
/// profile is refused as such whatever follows.
#[derive(Serialize, Deserialize)]
struct Header {
    profile_id: String,
    profile_version: String,
}

/// The rest of an assessment link's body (version 2), in the order of the fields on the wire.
#[derive(Serialize, Deserialize)]
struct AssessmentFields {
    date: String,
    name: String,
    /// `Perspective::index`.
    perspective: u8,
    person: PersonFields,
    /// One byte per profile item, in profile order.
    items: Vec<u8>,
    /// (item position, note), in profile order.
    notes: Vec<(u64, String)>,
}

/// Version 1: no name of the assessment, no whose view.
#[derive(Deserialize)]
struct AssessmentFieldsV1 {
    date: String,
    person: PersonFields,
    items: Vec<u8>,
    notes: Vec<(u64, String)>,
}

/// What an agreed assessment was agreed from (version 3).
#[derive(Serialize, Deserialize)]
struct AgreementFields {
    with: String,
    sides: [SideFields; 2],
}

#[derive(Serialize, Deserialize)]
struct SideFields {
    /// `Perspective::index`.
    perspective: u8,
    date: String,
    /// One byte per profile item, in profile order, as an assessment's without its target.
    items: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct PersonFields {
    name: String,
    job_title: String,
    organisation: String,
}

/// The rest of a role link's body.
#[derive(Serialize, Deserialize)]
struct RoleFields {
    title: String,
    organisation: String,
    purpose: String,
    /// One byte per profile item, in profile order.
    items: Vec<u8>,
}

/// `header` then `fields`, as postcard writes them.
fn write<T: Serialize>(profile: &ProfileRef, fields: &T) -> Vec<u8> {
    let header = Header {
        profile_id: profile.id.clone(),
        profile_version: profile.version.clone(),
    };
    // Writing strings, bytes and numbers into a growing Vec cannot fail.
    let mut body = postcard::to_allocvec(&header).unwrap_or_default();
    body.extend(postcard::to_allocvec(fields).unwrap_or_default());
    body
}

/// One byte per item of `profile`, in its order, for `assessment`: its answers, and its
/// targets when `targets`.
fn item_bytes(profile: &Profile, assessment: &Assessment, targets: bool) -> Vec<u8> {
    let laid_out = Assessment::for_profile(profile, assessment.clone());
    laid_out
        .ratings
        .iter()
        .take(profile.item_count())
        .map(|rating| match profile.kind_of(&rating.item) {
            Some(BlockKind::Held) => holding_code(rating.held),
            _ => {
                let target = if targets { rating.target } else { None };
                rating.current.map_or(0, |l| l.0 & 7) | (target.map_or(0, |l| l.0 & 7) << 3)
            }
        })
        .collect()
}

/// The body of a share link for `shared` (newest version), before compression.
pub fn assessment_body(profile: &Profile, shared: &Shared) -> Vec<u8> {
    let laid_out = Assessment::for_profile(profile, shared.assessment.clone());
    let items = item_bytes(profile, &laid_out, true);
    let notes = laid_out
        .ratings
        .iter()
        .take(profile.item_count())
        .enumerate()
        .filter(|(_, rating)| !rating.evidence.is_empty())
        .map(|(position, rating)| (position as u64, rating.evidence.clone()))
        .collect();
    let agreement = shared.agreement.as_ref().map(|agreement| AgreementFields {
        with: agreement.with.clone(),
        sides: agreement.sides.clone().map(|side| SideFields {
            perspective: side.view.index() as u8,
            date: side.date,
            items: item_bytes(profile, &side.ratings, false),
        }),
    });
    let fields = AssessmentFields {
        date: shared.date.clone(),
        name: shared.name.clone(),
        perspective: shared.perspective.index() as u8,
        person: PersonFields {
            name: shared.person.name.clone(),
            job_title: shared.person.job_title.clone(),
            organisation: shared.person.organisation.clone(),
        },
        items,
        notes,
    };
    write(&shared.profile, &(fields, agreement))
}

/// The body of a role link, before compression.
pub fn role_body(profile: &Profile, role: &RoleProfile) -> Vec<u8> {
    let laid_out = RoleProfile::for_profile(profile, role.clone());
    let items = laid_out
        .needs
        .iter()
        .take(profile.item_count())
        .map(|need| match (need.level, need.requirement) {
            (Some(level), _) => level.0 & 7,
            (None, Some(Requirement::Optional)) => 1,
            (None, Some(Requirement::Required)) => 2,
            (None, None) => 0,
        })
        .collect();
    let fields = RoleFields {
        title: role.title.clone(),
        organisation: role.organisation.clone(),
        purpose: role.purpose.clone(),
        items,
    };
    write(&role.profile, &fields)
}

/// Reads the header, checks the profile a body was made with (another profile, or another
/// version of it, whose item positions differ, is refused), then the fields, which must end
/// the body.
fn read<'a, T: Deserialize<'a>>(
    profile: &Profile,
    body: &'a [u8],
) -> Result<(ProfileRef, T), Refusal> {
    let (header, rest) = postcard::take_from_bytes::<Header>(body).map_err(|_| Refusal::Damaged)?;
    if header.profile_id != profile.id {
        return Err(Refusal::OtherProfile {
            id: header.profile_id,
        });
    }
    // The version this one follows is read too: its answers are carried over (see
    // `Shared::validated`).
    let follows = profile
        .previous
        .as_ref()
        .is_some_and(|previous| previous.version == header.profile_version);
    if header.profile_version != profile.version && !follows {
        return Err(Refusal::OtherProfileVersion {
            version: header.profile_version,
        });
    }
    let (fields, rest) = postcard::take_from_bytes::<T>(rest).map_err(|_| Refusal::Damaged)?;
    if !rest.is_empty() {
        return Err(Refusal::Damaged);
    }
    let profile_ref = ProfileRef {
        id: header.profile_id,
        version: header.profile_version,
    };
    Ok((profile_ref, fields))
}

/// Reads an assessment link's body (after decompression). Never panics, whatever the bytes.
pub fn read_assessment(profile: &Profile, version: u64, body: &[u8]) -> Result<Shared, Refusal> {
    let (profile_ref, (fields, agreement)) = if version >= 3 {
        read::<(AssessmentFields, Option<AgreementFields>)>(profile, body)?
    } else if version == 2 {
        let (profile_ref, fields) = read::<AssessmentFields>(profile, body)?;
        (profile_ref, (fields, None))
    } else {
        // Version 1 links were always the sender's own view, without a name.
        let (profile_ref, v1) = read::<AssessmentFieldsV1>(profile, body)?;
        let fields = AssessmentFields {
            date: v1.date,
            name: String::new(),
            perspective: Perspective::Own.index() as u8,
            person: v1.person,
            items: v1.items,
            notes: v1.notes,
        };
        (profile_ref, (fields, None))
    };
    let perspective = perspective_of(fields.perspective)?;
    if fields.notes.len() > profile.item_count() {
        return Err(Refusal::Damaged);
    }
    let mut ratings = ratings_of(profile, &fields.items, true)?;
    for (position, text) in fields.notes {
        let rating = usize::try_from(position)
            .ok()
            .and_then(|position| ratings.get_mut(position))
            .ok_or(Refusal::Damaged)?;
        if !rating.evidence.is_empty() || text.is_empty() {
            return Err(Refusal::Damaged);
        }
        rating.evidence = text;
    }
    Shared {
        profile: profile_ref,
        name: fields.name,
        perspective,
        date: fields.date,
        person: Person {
            name: fields.person.name,
            job_title: fields.person.job_title,
            organisation: fields.person.organisation,
        },
        agreement: agreement
            .map(|fields| agreement_of(profile, fields))
            .transpose()?,
        assessment: Assessment { ratings }.without_blanks(),
    }
    .validated(profile)
}

fn perspective_of(byte: u8) -> Result<Perspective, Refusal> {
    Perspective::ALL
        .get(usize::from(byte))
        .copied()
        .ok_or(Refusal::Damaged)
}

/// The answers one byte per item stands for (targets too when `targets`).
fn ratings_of(profile: &Profile, items: &[u8], targets: bool) -> Result<Vec<Rating>, Refusal> {
    if items.len() != profile.item_count() {
        return Err(Refusal::Damaged);
    }
    let mut ratings: Vec<Rating> = Vec::with_capacity(profile.item_count());
    for (item, &byte) in profile.items().zip(items) {
        let mut rating = Rating::new(item.id.clone());
        match profile.kind_of(&item.id) {
            Some(BlockKind::Held) => {
                rating.held = holding_from_code(byte).ok_or(Refusal::Damaged)?
            }
            _ => {
                let top = if targets { 6 } else { 3 };
                if byte >> top != 0 {
                    return Err(Refusal::Damaged);
                }
                let level = |bits: u8| (bits != 0).then_some(Level(bits));
                rating.current = level(byte & 7);
                rating.target = level((byte >> 3) & 7);
            }
        }
        ratings.push(rating);
    }
    Ok(ratings)
}

fn agreement_of(profile: &Profile, fields: AgreementFields) -> Result<Agreement, Refusal> {
    let [a, b] = fields.sides;
    let side = |fields: SideFields| -> Result<Side, Refusal> {
        Ok(Side {
            view: perspective_of(fields.perspective)?,
            date: fields.date,
            ratings: Assessment {
                ratings: ratings_of(profile, &fields.items, false)?,
            }
            .without_blanks(),
        })
    };
    Ok(Agreement {
        with: fields.with,
        sides: [side(a)?, side(b)?],
    })
}

/// Reads a role link's body (after decompression). Never panics, whatever the bytes.
pub fn read_role(profile: &Profile, body: &[u8]) -> Result<RoleProfile, Refusal> {
    let (profile_ref, fields) = read::<RoleFields>(profile, body)?;
    if fields.items.len() != profile.item_count() {
        return Err(Refusal::Damaged);
    }
    let mut needs = Vec::with_capacity(profile.item_count());
    for (item, &byte) in profile.items().zip(&fields.items) {
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
    RoleProfile {
        id: String::new(),
        title: fields.title,
        organisation: fields.organisation,
        purpose: fields.purpose,
        profile: profile_ref,
        needs,
        stamps: Default::default(),
    }
    .validated(profile)
}

/// URL-safe base64 without padding (RFC 4648 §5), as the `base64` crate writes and reads it.
pub mod base64url {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;

    pub fn encode(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        URL_SAFE_NO_PAD.decode(text).ok()
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
mod tests;
