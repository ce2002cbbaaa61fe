//! A draft written as a CASE 1.1 package (see the module's map).

use serde_json::Value;
use uuid::Uuid;

use super::package::{
    Association, CaseItem, Criterion, CriterionLevel, Document, Link, Package, Rubric,
};
use super::{
    extension, DocumentExtra, EntryExtra, GroupExtra, StepExtra, CHILD_OF, ESCO_TARGET,
    EXACT_MATCH_OF, HELD_GROUP, HELD_ITEM, RATED_GROUP, RATED_ITEM, TRANSLATION_OF,
};
use crate::core::design::{Draft, Words};
use crate::core::profile::BlockKind;

/// The namespace of the identifiers this app makes: each is the UUID (v5) of a path such as
/// `ima-msp@2024.1/item/skill.communication`, the same at every export of that version.
const NAMESPACE: Uuid = Uuid::from_u128(0x5c0e_4f8a_2b7d_4e19_9a63_c1d8_7f20_b4e5);

/// What every part of the package is made with.
struct Writer {
    /// `<profile id>@<version>`: the root of every path.
    root: String,
    /// When it was written (CASE's `lastChangeDateTime`).
    changed: String,
    first: String,
    document: Link,
}

impl Writer {
    fn identifier(&self, path: &str) -> String {
        Uuid::new_v5(&NAMESPACE, format!("{}/{path}", self.root).as_bytes()).to_string()
    }

    fn uri(identifier: &str) -> String {
        format!("urn:uuid:{identifier}")
    }

    fn link(item: &CaseItem) -> Link {
        Link {
            title: item.full_statement.clone(),
            identifier: item.identifier.clone(),
            uri: item.uri.clone(),
            target_type: None,
        }
    }

    fn item(&self, path: &str, text: &str, lang: &str, kind: &str, code: &str) -> CaseItem {
        let identifier = self.identifier(path);
        CaseItem {
            uri: Writer::uri(&identifier),
            identifier,
            full_statement: text.to_string(),
            item_type: Some(kind.to_string()),
            human_coding_scheme: Some(code.to_string()),
            language: Some(lang.to_string()),
            last_change_date_time: self.changed.clone(),
            ..CaseItem::default()
        }
    }

    fn association(
        &self,
        kind: &str,
        origin: Link,
        destination: Link,
        n: Option<i64>,
    ) -> Association {
        let identifier = self.identifier(&format!(
            "association/{}/{kind}/{}",
            origin.identifier, destination.identifier
        ));
        Association {
            uri: Writer::uri(&identifier),
            identifier,
            association_type: kind.to_string(),
            sequence_number: n,
            origin,
            destination,
            last_change_date_time: self.changed.clone(),
        }
    }

    /// For each other language in which `words` has a text: an item of that language that
    /// `isTranslationOf` the block's or item's own (`original`, in the first language).
    fn with_translations(
        &self,
        original: &CaseItem,
        words: &Words,
        languages: &[String],
        package: &mut Package,
    ) {
        for lang in languages.iter().filter(|code| **code != self.first) {
            let text = words.get(lang);
            if text.is_empty() {
                continue;
            }
            let code = original.human_coding_scheme.as_deref().unwrap_or_default();
            let kind = original.item_type.as_deref().unwrap_or_default();
            let path = format!("translation/{}/{lang}", original.identifier);
            let translation = self.item(&path, text, lang, kind, code);
            let association = self.association(
                TRANSLATION_OF,
                Writer::link(&translation),
                Writer::link(original),
                None,
            );
            package.items.push(translation);
            package.associations.push(association);
        }
    }
}

impl Draft {
    /// The draft as a CASE 1.1 package (JSON), written on `today` (`2026-12-06`).
    pub fn case_package(&self, today: &str) -> String {
        let package = self.to_case(today);
        serde_json::to_string_pretty(&package).unwrap_or_default()
    }

    pub(super) fn to_case(&self, today: &str) -> Package {
        // Texts left in a language no longer offered do not go out (as in the profile file).
        let mut p = self.profile.clone();
        let languages = p.languages.clone();
        for (_, words) in Draft::keyed_in(&mut p) {
            *words = words.only(&languages);
        }
        let p = &p;
        let first = p.languages.first().cloned().unwrap_or_default();
        let title = p.name.get(&first).to_string();
        let mut writer = Writer {
            root: format!("{}@{}", p.id, p.version),
            changed: format!("{today}T00:00:00Z"),
            first: first.clone(),
            document: Link::default(),
        };
        let identifier = writer.identifier("document");
        let document = Document {
            uri: Writer::uri(&identifier),
            identifier,
            creator: title.clone(),
            title: title.clone(),
            last_change_date_time: writer.changed.clone(),
            case_version: Some("1.1".to_string()),
            language: Some(first.clone()),
            version: Some(p.version.clone()),
            extensions: extension(&DocumentExtra {
                id: p.id.clone(),
                languages: p.languages.clone(),
                name: p.name.clone(),
                career_levels: p.career_levels.clone(),
                career_rule: p.career_rule,
                market: p.market.clone(),
                previous: p.previous.clone(),
            }),
        };
        writer.document = Link {
            title,
            identifier: document.identifier.clone(),
            uri: document.uri.clone(),
            target_type: None,
        };
        let mut package = Package {
            document,
            ..Package::default()
        };
        for (n, group) in (1..).zip(&p.blocks) {
            let (group_type, item_type) = match group.kind {
                BlockKind::Rated => (RATED_GROUP, RATED_ITEM),
                BlockKind::Held => (HELD_GROUP, HELD_ITEM),
            };
            let mut block = writer.item(
                &format!("block/{}", group.id),
                group.title.get(&first),
                &first,
                group_type,
                &group.id,
            );
            block.extensions = extension(&GroupExtra {
                kind: group.kind,
                beyond_base_role: group.beyond_base_role,
            });
            let child_of = writer.association(
                CHILD_OF,
                Writer::link(&block),
                writer.document.clone(),
                Some(n),
            );
            package.items.push(block.clone());
            package.associations.push(child_of);
            writer.with_translations(&block, &group.title, &p.languages, &mut package);
            for (m, entry) in (1..).zip(&group.items) {
                let mut item = writer.item(
                    &format!("item/{}", entry.id),
                    entry.text.get(&first),
                    &first,
                    item_type,
                    &entry.id,
                );
                if !entry.replaces.is_empty() {
                    item.extensions = extension(&EntryExtra {
                        replaces: entry.replaces.clone(),
                    });
                }
                let child_of = writer.association(
                    CHILD_OF,
                    Writer::link(&item),
                    Writer::link(&block),
                    Some(m),
                );
                package.items.push(item.clone());
                package.associations.push(child_of);
                writer.with_translations(&item, &entry.text, &p.languages, &mut package);
                if let Some(esco) = &entry.esco {
                    let concept = Link {
                        title: "ESCO".to_string(),
                        identifier: esco.clone(),
                        uri: esco.clone(),
                        target_type: Some(ESCO_TARGET.to_string()),
                    };
                    let matched =
                        writer.association(EXACT_MATCH_OF, Writer::link(&item), concept, None);
                    package.associations.push(matched);
                }
            }
        }
        if !p.levels.is_empty() {
            let rubric_id = writer.identifier("rubric");
            let criterion_id = writer.identifier("rubric/levels");
            let levels = p
                .levels
                .iter()
                .map(|step| {
                    let identifier = writer.identifier(&format!("rubric/levels/{}", step.level));
                    CriterionLevel {
                        uri: Writer::uri(&identifier),
                        identifier,
                        description: Some(step.descriptor.get(&first).to_string()),
                        quality: Some(step.name.get(&first).to_string()),
                        score: Some(f64::from(step.level)),
                        position: Some(i64::from(step.level)),
                        rubric_criterion_id: Some(criterion_id.clone()),
                        last_change_date_time: writer.changed.clone(),
                        // The schema has a rubric level's extensions as a list.
                        extensions: extension(&StepExtra {
                            name: step.name.clone(),
                            descriptor: step.descriptor.clone(),
                        })
                        .map(|one| Value::Array(vec![one])),
                    }
                })
                .collect();
            package.rubrics.push(Rubric {
                uri: Writer::uri(&rubric_id),
                identifier: rubric_id.clone(),
                title: Some(package.document.title.clone()),
                last_change_date_time: writer.changed.clone(),
                criteria: vec![Criterion {
                    uri: Writer::uri(&criterion_id),
                    identifier: criterion_id,
                    position: Some(1),
                    rubric_id: Some(rubric_id),
                    last_change_date_time: writer.changed.clone(),
                    levels,
                    ..Criterion::default()
                }],
            });
        }
        package
    }
}
