//! A CASE package read into a draft (see the module's map), with what has no place in a
//! profile listed.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use serde::Deserialize;

use super::package::{CaseItem, Package, READ_DOCUMENT, READ_ITEM, READ_PACKAGE};
use super::{
    ours, DocumentExtra, EntryExtra, GroupExtra, StepExtra, CHILD_OF, EXACT_MATCH_OF, EXTENSION,
    TRANSLATION_OF,
};
use crate::core::design::edit::{id_from, unique};
use crate::core::design::{Draft, DraftProfile, Entry, Group, Step, Words};
use crate::core::profile::{is_good_id, BlockKind, MAX_LEVELS};
use crate::core::words::lang::Lang;
use crate::core::words::texts::{fill, texts};

/// A package opened as a draft, and what of it was not taken over.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub draft: Draft,
    pub unmapped: Vec<Unmapped>,
}

/// Something in a package that has no place in a profile, or was placed otherwise than the
/// package has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmapped {
    /// A field of the framework's document (its description, its publisher…).
    DocumentField(String),
    /// A field items have, and on how many.
    ItemField { name: String, items: usize },
    /// Associations of a type a profile has no use for, and how many.
    Associations { kind: String, count: usize },
    /// A part of the package beside the document, items, associations and rubrics.
    PackagePart(String),
    /// Items neither in the framework's tree nor translations of what is.
    OutsideTree(usize),
    /// Items below the second level of the tree: put in the block above them.
    Flattened(usize),
    /// Items at the top of the tree with nothing below them: gathered in one block named after
    /// the framework.
    Gathered(usize),
    /// Rubric criteria beyond the one taken as the level scale.
    Criteria(usize),
    /// Rubric levels beyond the seventh: a scale has at most seven.
    Levels(usize),
    /// No rubric with levels: the level scale is to be written.
    NoLevels,
}

impl Unmapped {
    /// What was not taken over, as a line of a list in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let d = texts(lang).doc();
        let n = |count: &usize| count.to_string();
        match self {
            Unmapped::DocumentField(name) => fill(d.case_document_field, &[("x", name)]),
            Unmapped::ItemField { name, items } => {
                fill(d.case_item_field, &[("x", name), ("n", &n(items))])
            }
            Unmapped::Associations { kind, count } => {
                fill(d.case_associations, &[("x", kind), ("n", &n(count))])
            }
            Unmapped::PackagePart(name) => fill(d.case_package_part, &[("x", name)]),
            Unmapped::OutsideTree(count) => fill(d.case_outside_tree, &[("n", &n(count))]),
            Unmapped::Flattened(count) => fill(d.case_flattened, &[("n", &n(count))]),
            Unmapped::Gathered(count) => fill(d.case_gathered, &[("n", &n(count))]),
            Unmapped::Criteria(count) => fill(d.case_criteria, &[("n", &n(count))]),
            Unmapped::Levels(count) => fill(d.case_levels, &[("n", &n(count))]),
            Unmapped::NoLevels => d.case_no_levels.to_string(),
        }
    }
}

/// Why a package could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError(pub String);

impl CaseError {
    /// Why, as a clause in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        fill(texts(lang).doc().case_unreadable, &[("why", &self.0)])
    }
}

/// Fields of an item that only tie it into the package (its document, its type's URI): no
/// loss when they go.
const TIES: [&str; 3] = ["CFDocumentURI", "CFItemTypeURI", "CFPackageURI"];

/// A language code as a profile writes it: `en` for `en-GB`, `eng` or `EN`.
fn language(code: &str) -> String {
    let code = code.trim().to_lowercase();
    let base = code.split(['-', '_']).next().unwrap_or_default();
    match base {
        "eng" => "en",
        "nld" | "dut" => "nl",
        "deu" | "ger" => "de",
        other => other,
    }
    .to_string()
}

/// A text in one language, as it is written (a profile keeps its texts as they are), or none
/// when it is empty.
fn words(lang: &str, text: &str) -> Words {
    let mut words = Words::default();
    words.set(lang, text);
    words
}

/// Whether a field's value says anything: an object of empty lists (as framework tools write
/// `CFDefinitions` when there are none) does not.
fn says_something(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(text) => !text.trim().is_empty(),
        Value::Array(list) => !list.is_empty(),
        Value::Object(map) => map.values().any(says_something),
        _ => true,
    }
}

/// The fields of `part` that say something and that nothing here reads.
fn unread<'v>(part: &'v Value, read: &'static [&'static str]) -> impl Iterator<Item = &'v str> {
    part.as_object()
        .into_iter()
        .flatten()
        .filter(move |(name, value)| {
            !read.contains(&name.as_str())
                && !TIES.contains(&name.as_str())
                && says_something(value)
        })
        .map(|(name, _)| name.as_str())
}

/// Whether `extensions` (an object, or a list of them) hold anything but this app's own.
fn others_extensions(extensions: Option<&Value>) -> bool {
    let theirs = |one: &Value| {
        one.as_object()
            .is_some_and(|map| map.keys().any(|key| key != EXTENSION))
    };
    match extensions {
        Some(Value::Array(list)) => list.iter().any(theirs),
        Some(one) => theirs(one),
        None => false,
    }
}

struct Reader<'a> {
    package: &'a Package,
    first: String,
    languages: Vec<String>,
    items: HashMap<&'a str, &'a CaseItem>,
    /// Original → its translations.
    translations: HashMap<&'a str, Vec<&'a CaseItem>>,
    /// Parent → its children, in order (parents in a fixed order: blocks come out the same
    /// at every reading).
    children: BTreeMap<&'a str, Vec<&'a str>>,
    /// Item → the ESCO concept it is an exact match of.
    esco: HashMap<&'a str, &'a str>,
    unmapped: Vec<Unmapped>,
    item_ids: HashSet<String>,
}

impl<'a> Reader<'a> {
    fn new(package: &'a Package, extra: &DocumentExtra) -> Reader<'a> {
        let items: HashMap<&str, &CaseItem> = package
            .items
            .iter()
            .map(|item| (item.identifier.as_str(), item))
            .collect();
        let first = package
            .document
            .language
            .as_deref()
            .filter(|code| !code.trim().is_empty())
            .or_else(|| {
                package.items.iter().find_map(|item| {
                    item.language
                        .as_deref()
                        .filter(|code| !code.trim().is_empty())
                })
            })
            .map_or_else(|| "en".to_string(), language);
        let mut translations: HashMap<&str, Vec<&CaseItem>> = HashMap::new();
        let mut children: BTreeMap<&str, Vec<(i64, usize, &str)>> = BTreeMap::new();
        let mut esco = HashMap::new();
        for (order, association) in package.associations.iter().enumerate() {
            let origin = association.origin.identifier.as_str();
            let destination = association.destination.identifier.as_str();
            let Some(item) = items.get(origin) else {
                continue;
            };
            match association.association_type.as_str() {
                TRANSLATION_OF if items.contains_key(destination) => {
                    translations.entry(destination).or_default().push(item);
                }
                CHILD_OF => {
                    let n = association.sequence_number.unwrap_or(i64::MAX);
                    children
                        .entry(destination)
                        .or_default()
                        .push((n, order, origin));
                }
                EXACT_MATCH_OF if super::is_esco(&association.destination.uri) => {
                    esco.entry(origin)
                        .or_insert(association.destination.uri.as_str());
                }
                _ => {}
            }
        }
        let children = children
            .into_iter()
            .map(|(parent, mut list)| {
                list.sort();
                (
                    parent,
                    list.into_iter().map(|(_, _, child)| child).collect(),
                )
            })
            .collect();
        let mut languages = vec![first.clone()];
        let found = extra.languages.iter().cloned().chain(
            package
                .items
                .iter()
                .filter_map(|item| item.language.as_deref().map(language)),
        );
        for code in found {
            if !code.is_empty() && !languages.contains(&code) {
                languages.push(code);
            }
        }
        Reader {
            package,
            first,
            languages,
            items,
            translations,
            children,
            esco,
            unmapped: Vec::new(),
            item_ids: HashSet::new(),
        }
    }

    /// An item's text in the first language and in every language it was translated into.
    fn text(&self, item: &CaseItem) -> Words {
        let mut text = words(&self.first, &item.full_statement);
        for translation in self
            .translations
            .get(item.identifier.as_str())
            .into_iter()
            .flatten()
        {
            let lang = translation
                .language
                .as_deref()
                .map(language)
                .unwrap_or_default();
            if !lang.is_empty() && lang != self.first {
                text.set(&lang, &translation.full_statement);
            }
        }
        // In the profile's order of languages.
        text.0
            .sort_by_key(|(code, _)| self.languages.iter().position(|c| c == code));
        text
    }

    /// The id a profile gives it: its code when that is a good id, else one made from its
    /// text; never one given before.
    fn id(item: &CaseItem, taken: &HashSet<String>) -> String {
        let code = item
            .human_coding_scheme
            .as_deref()
            .unwrap_or_default()
            .trim();
        let base = if is_good_id(code) {
            code.to_string()
        } else {
            match id_from(&item.full_statement) {
                made if made.is_empty() => "item".to_string(),
                made => made,
            }
        };
        unique(base, |id| taken.contains(id))
    }

    /// Everything below `root`, in order (depth first), with its depth below the block; each
    /// item once. Walked with a list, not by recursion: a package's tree may be deep.
    fn below(&self, root: &'a str, seen: &mut HashSet<&'a str>) -> Vec<(&'a str, usize)> {
        let children = |parent: &str, depth: usize| {
            self.children
                .get(parent)
                .into_iter()
                .flatten()
                .rev()
                .map(move |child| (*child, depth))
        };
        let mut out = Vec::new();
        let mut to_visit: Vec<(&'a str, usize)> = children(root, 0).collect();
        while let Some((item, depth)) = to_visit.pop() {
            if seen.insert(item) {
                out.push((item, depth));
                to_visit.extend(children(item, depth + 1));
            }
        }
        out
    }

    fn entry(&mut self, item: &CaseItem) -> Entry {
        let id = Reader::id(item, &self.item_ids);
        self.item_ids.insert(id.clone());
        let esco = self
            .esco
            .get(item.identifier.as_str())
            .map(|uri| uri.to_string());
        Entry {
            key: 0,
            fresh: false,
            id,
            text: self.text(item),
            replaces: ours::<EntryExtra>(item.extensions.as_ref())
                .map(|extra| extra.replaces)
                .unwrap_or_default(),
            esco,
        }
    }

    fn blocks(&mut self) -> Vec<Group> {
        let package = self.package;
        let document = &package.document;
        let is_root = |parent: &str| {
            parent == document.identifier
                || parent == document.uri
                || !self.items.contains_key(parent)
        };
        let roots: Vec<&'a str> = {
            let mut roots: Vec<&str> = self
                .children
                .iter()
                .filter(|(parent, _)| is_root(parent))
                .flat_map(|(_, list)| list.iter().copied())
                .collect();
            if self.children.is_empty() {
                // No tree at all: every item that is no translation is at the top.
                let translated: HashSet<&str> = self
                    .translations
                    .values()
                    .flatten()
                    .map(|t| t.identifier.as_str())
                    .collect();
                roots = self
                    .package
                    .items
                    .iter()
                    .map(|item| item.identifier.as_str())
                    .filter(|id| !translated.contains(id))
                    .collect();
            }
            // A tree whose top no association ties to the document: its top is a block too.
            let is_child: HashSet<&str> = self.children.values().flatten().copied().collect();
            for item in &package.items {
                let id = item.identifier.as_str();
                if self.children.contains_key(id) && !is_child.contains(id) && !roots.contains(&id)
                {
                    roots.push(id);
                }
            }
            roots
        };
        let mut seen: HashSet<&str> = roots.iter().copied().collect();
        let (mut blocks, mut loose, mut flattened) = (Vec::new(), Vec::new(), 0);
        let mut block_ids = HashSet::new();
        for root in roots {
            let below = self.below(root, &mut seen);
            let Some(&top) = self.items.get(root) else {
                continue;
            };
            if below.is_empty() {
                loose.push(top);
                continue;
            }
            flattened += below.iter().filter(|(_, depth)| *depth > 0).count();
            let entries: Vec<&CaseItem> = below
                .iter()
                .filter_map(|(id, _)| self.items.get(id).copied())
                .collect();
            let is_task = |item: &CaseItem| {
                item.item_type
                    .as_deref()
                    .is_some_and(|kind| kind.to_lowercase().contains("task"))
            };
            let extra = ours::<GroupExtra>(top.extensions.as_ref());
            let kind = extra.as_ref().map_or_else(
                || match is_task(top) || entries.first().is_some_and(|e| is_task(e)) {
                    true => BlockKind::Held,
                    false => BlockKind::Rated,
                },
                |extra| extra.kind,
            );
            let id = Reader::id(top, &block_ids);
            block_ids.insert(id.clone());
            blocks.push(Group {
                key: 0,
                fresh: false,
                id,
                kind,
                title: self.text(top),
                beyond_base_role: extra.is_some_and(|extra| extra.beyond_base_role),
                items: entries.into_iter().map(|item| self.entry(item)).collect(),
            });
        }
        if !loose.is_empty() {
            self.unmapped.push(Unmapped::Gathered(loose.len()));
            let title = words(&self.first, &document.title);
            let id = unique(id_from(&document.title), |id| block_ids.contains(id));
            blocks.push(Group {
                key: 0,
                fresh: false,
                id: if id.is_empty() {
                    "items".to_string()
                } else {
                    id
                },
                kind: BlockKind::Rated,
                title,
                beyond_base_role: false,
                items: loose.into_iter().map(|item| self.entry(item)).collect(),
            });
        }
        if flattened > 0 {
            self.unmapped.push(Unmapped::Flattened(flattened));
        }
        let translations: HashSet<&str> = self
            .translations
            .values()
            .flatten()
            .map(|t| t.identifier.as_str())
            .collect();
        let outside = self
            .package
            .items
            .iter()
            .filter(|item| {
                !seen.contains(item.identifier.as_str())
                    && !translations.contains(item.identifier.as_str())
            })
            .count();
        if outside > 0 {
            self.unmapped.push(Unmapped::OutsideTree(outside));
        }
        blocks
    }

    fn levels(&mut self) -> Vec<Step> {
        let criteria: Vec<_> = self
            .package
            .rubrics
            .iter()
            .flat_map(|r| &r.criteria)
            .collect();
        let Some(scale) = criteria.iter().find(|c| !c.levels.is_empty()) else {
            self.unmapped.push(Unmapped::NoLevels);
            return Vec::new();
        };
        if criteria.len() > 1 {
            self.unmapped.push(Unmapped::Criteria(criteria.len() - 1));
        }
        let mut levels: Vec<_> = scale.levels.iter().enumerate().collect();
        levels.sort_by(|(i, a), (j, b)| {
            let key = |n: usize, l: &super::package::CriterionLevel| {
                (
                    l.position.unwrap_or(i64::MAX),
                    l.score.unwrap_or(f64::MAX),
                    n,
                )
            };
            key(*i, a)
                .partial_cmp(&key(*j, b))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        if levels.len() > MAX_LEVELS {
            self.unmapped
                .push(Unmapped::Levels(levels.len() - MAX_LEVELS));
        }
        (1..)
            .zip(levels.into_iter().take(MAX_LEVELS))
            .map(|(level, (_, step))| {
                let extra = ours::<StepExtra>(step.extensions.as_ref());
                let quality = step.quality.as_deref().unwrap_or_default();
                let description = step.description.as_deref().unwrap_or_default();
                Step {
                    level,
                    name: extra
                        .as_ref()
                        .map_or_else(|| words(&self.first, quality), |e| e.name.clone()),
                    descriptor: extra
                        .map_or_else(|| words(&self.first, description), |e| e.descriptor),
                }
            })
            .collect()
    }

    /// What the package holds that no part of a profile took.
    fn unmapped_fields(&mut self, json: &Value) {
        let package = self.package;
        for name in unread(json, &READ_PACKAGE) {
            self.unmapped.push(Unmapped::PackagePart(name.to_string()));
        }
        let document = &package.document;
        let mut fields: Vec<String> = unread(&json["CFDocument"], &READ_DOCUMENT)
            .map(str::to_string)
            .collect();
        if !document.creator.trim().is_empty() && document.creator != document.title {
            fields.insert(0, "creator".to_string());
        }
        if others_extensions(document.extensions.as_ref()) {
            fields.push("extensions".to_string());
        }
        self.unmapped
            .extend(fields.into_iter().map(Unmapped::DocumentField));
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for item in json["CFItems"].as_array().into_iter().flatten() {
            for name in unread(item, &READ_ITEM) {
                *counts.entry(name.to_string()).or_default() += 1;
            }
        }
        for item in &package.items {
            if others_extensions(item.extensions.as_ref()) {
                *counts.entry("extensions".to_string()).or_default() += 1;
            }
        }
        self.unmapped.extend(
            counts
                .into_iter()
                .map(|(name, items)| Unmapped::ItemField { name, items }),
        );
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for association in &package.associations {
            let kind = association.association_type.as_str();
            let taken = match kind {
                CHILD_OF | TRANSLATION_OF => true,
                EXACT_MATCH_OF => super::is_esco(&association.destination.uri),
                _ => false,
            };
            if !taken {
                *kinds.entry(kind).or_default() += 1;
            }
        }
        self.unmapped.extend(
            kinds
                .into_iter()
                .map(|(kind, count)| Unmapped::Associations {
                    kind: kind.to_string(),
                    count,
                }),
        );
    }
}

impl Draft {
    /// Opens a CASE package as a draft; a version of the year of `today` (`2026-12-06`) when
    /// the package names none.
    pub fn from_case(text: &str, today: &str) -> Result<Imported, CaseError> {
        let json: Value =
            serde_json::from_str(text).map_err(|error| CaseError(error.to_string()))?;
        let package = Package::deserialize(&json).map_err(|error| CaseError(error.to_string()))?;
        let document = &package.document;
        let extra: DocumentExtra = ours(document.extensions.as_ref()).unwrap_or_default();
        let mut reader = Reader::new(&package, &extra);
        let blocks = reader.blocks();
        let levels = reader.levels();
        reader.unmapped_fields(&json);
        let name = if extra.name.0.is_empty() {
            words(&reader.first, &document.title)
        } else {
            extra.name.clone()
        };
        let id = if is_good_id(&extra.id) {
            extra.id.clone()
        } else {
            id_from(&document.title)
        };
        let version = match document.version.as_deref().map(str::trim) {
            Some(version) if !version.is_empty() => version.to_string(),
            _ => format!("{}.1", today.get(..4).unwrap_or("2026")),
        };
        let mut draft = Draft {
            profile: DraftProfile {
                schema: super::super::schema(),
                id,
                version,
                languages: reader.languages.clone(),
                name,
                levels,
                blocks,
                career_levels: extra.career_levels,
                career_rule: extra.career_rule,
                market: extra.market,
                previous: extra.previous,
            },
            translated: Vec::new(),
            fresh: false,
            last_key: 0,
        };
        draft.number();
        Ok(Imported {
            draft,
            unmapped: reader.unmapped,
        })
    }
}
