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
use crate::core::answers::agreement::{Agreement, Side};
use crate::core::answers::assessment::Holding;
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
        agreement: None,
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
    assert!(link.starts_with("share=v3."));
    assert_eq!(decode(&sample(), &link), Ok(laid_out(full())));
}

#[test]
fn reads_a_version_one_link_as_the_senders_own_view() {
    // Made by the app as it was before links carried whose view they hold (2026-11-24):
    // "sample" "1" "2026-11-24" "Anna" "" "", five items, one note.
    let mut body = b"\x06sample\x011\x0a2026-11-24\x04Anna\x00\x00\x05".to_vec();
    body.extend([4, 0, 3 | (3 << 3), 0, 2]);
    body.extend(b"\x01\x00\x17Runs the board calendar");
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

/// Bodies written by the codec of our own that postcard replaced (2026-11-28): the same bytes
/// are written now, and read back the same, so every link sent before still opens.
#[test]
fn writes_and_reads_the_bytes_of_links_made_before() {
    let hex = |text: &str| -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|at| u8::from_str_radix(&text[at..at + 2], 16).unwrap())
            .collect()
    };
    let assessment = hex("0673616d706c6501310a323032362d31312d32340a53656c662c2032303236010d416e6e612064652056726965731345786563757469766520417373697374616e740b3c623e41636d653c2f623e0504011b000202001752756e732074686520626f6172642063616c656e64617204203c696d67207372633d78206f6e6572726f723d616c6572742831293e20e29c93");
    assert_eq!(
        read_assessment(&sample(), 2, &assessment),
        Ok(laid_out(full()))
    );
    // Version 3 writes the same bytes, then that there is no agreement.
    let mut now = assessment.clone();
    now.push(0);
    assert_eq!(assessment_body(&sample(), &full()), now);
    assert_eq!(read_assessment(&sample(), 3, &now), Ok(laid_out(full())));
    let role = hex("0673616d706c6501311e45786563757469766520417373697374616e7420746f207468652043454f0441636d651d4b65657073207468652043454f2773207765656b2072756e6e696e672e050201000300");
    assert_eq!(role_body(&sample(), &a_role()), role);
    assert_eq!(read_role(&sample(), &role), a_role().validated(&sample()));
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
    assert_eq!(unpack("share=v4.abc"), Err(Refusal::NewerFormat(4)));
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
    let body = assessment_body(&sample(), &agreed());
    for cut in 0..body.len() {
        assert!(
            read_assessment(&sample(), 3, &body[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut longer = body.clone();
    longer.push(0);
    assert_eq!(
        read_assessment(&sample(), 3, &longer),
        Err(Refusal::Damaged)
    );
}

/// The result of a meeting: Anna's own view and her manager's, and what was agreed.
fn agreed() -> Shared {
    let side = |view, s1: u8, t1| Side {
        view,
        date: "2026-12-01".into(),
        ratings: Assessment {
            ratings: vec![
                Rating {
                    held: Some(t1),
                    ..Rating::new("t1")
                },
                Rating {
                    current: Some(Level(s1)),
                    ..Rating::new("s1")
                },
            ],
        },
    };
    Shared {
        perspective: Perspective::Agreed,
        agreement: Some(Agreement {
            with: "Bob Jansen".into(),
            sides: [
                side(Perspective::Own, 3, Holding::Owner),
                side(Perspective::Manager, 2, Holding::Regularly),
            ],
        }),
        ..full()
    }
}

#[test]
fn an_agreed_assessment_carries_what_it_was_agreed_from() {
    let link = encode(&sample(), &agreed());
    let read = decode(&sample(), &link).unwrap();
    assert_eq!(read, laid_out(agreed()));
    let agreement = read.agreement.unwrap();
    assert_eq!(agreement.with, "Bob Jansen");
    assert_eq!(agreement.sides[1].view, Perspective::Manager);
    assert_eq!(
        agreement.sides[1].ratings.ratings[2].current,
        Some(Level(2))
    );
    // Before version 3 a link could not say so: an agreed view in a version 2 body is
    // refused as one no version wrote.
    let mut body = assessment_body(
        &sample(),
        &Shared {
            agreement: None,
            ..agreed()
        },
    );
    body.pop();
    assert_eq!(
        read_assessment(&sample(), 2, &body),
        Err(Refusal::Invalid(
            crate::core::formats::shared::Invalid::Agreement
        ))
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

fn a_role() -> RoleProfile {
    RoleProfile {
        stamps: Default::default(),
        id: String::new(),
        title: "Executive Assistant to the CEO".into(),
        organisation: "Acme".into(),
        purpose: "Keeps the CEO's week running.".into(),
        profile: ProfileRef::of(&sample()),
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
    }
}

#[test]
fn role_links_round_trip() {
    let profile = sample();
    let role = a_role();
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

/// What one side of an agreement said: levels and holdings, no targets or notes.
fn any_side() -> impl Strategy<Value = Side> {
    (
        (any_rating("t1", true), any_rating("t2", true)),
        (
            any_rating("s1", false),
            any_rating("s2", false),
            any_rating("s3", false),
        ),
        0usize..3,
        "[0-9-]{0,10}",
    )
        .prop_map(|((t1, t2), (s1, s2, s3), view, date)| Side {
            view: Perspective::ALL[view],
            date,
            ratings: Assessment {
                ratings: [t1, t2, s1, s2, s3]
                    .into_iter()
                    .map(|r| Rating {
                        target: None,
                        evidence: String::new(),
                        ..r
                    })
                    .collect(),
            }
            .without_blanks(),
        })
}

fn any_agreement() -> impl Strategy<Value = Option<Agreement>> {
    prop::option::of(
        (any_side(), any_side(), "\\PC{0,20}").prop_map(|(a, b, with)| Agreement {
            with,
            sides: [a, b],
        }),
    )
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
        any_agreement(),
    )
        .prop_map(
            |((t1, t2), (s1, s2, s3), name, title, perspective, agreement)| Shared {
                person: Person {
                    name,
                    job_title: title,
                    organisation: String::new(),
                },
                // An agreed assessment, and only it, says what it was agreed from.
                perspective: if agreement.is_some() {
                    Perspective::Agreed
                } else {
                    Perspective::ALL[perspective]
                },
                agreement,
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
        for version in [1, 2, 3] {
            if let Ok(shared) = read_assessment(&sample(), version, &bytes) {
                prop_assert!(shared.clone().validated(&sample()).is_ok());
            }
        }
        let _ = read_role(&sample(), &bytes);
    }

    #[test]
    fn a_changed_character_never_yields_another_assessment(shared in any_shared(), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_-]") {
        let link = encode(&sample(), &shared);
        let start = "share=v3.".len();
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
