//! The part of a CASE 1.1 CFPackage (1EdTech's Competencies and Academic Standards Exchange)
//! the designer reads and writes: the document, its items, the associations between them, and
//! rubrics. What else a package holds the import finds in the package as JSON (`READ`), so
//! that it lists it instead of dropping it in silence.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The fields read here, by part: anything else in a package has no place in a profile.
pub const READ_PACKAGE: [&str; 4] = ["CFDocument", "CFItems", "CFAssociations", "CFRubrics"];
pub const READ_DOCUMENT: [&str; 9] = [
    "identifier",
    "uri",
    "creator",
    "title",
    "lastChangeDateTime",
    "caseVersion",
    "language",
    "version",
    "extensions",
];
pub const READ_ITEM: [&str; 8] = [
    "identifier",
    "uri",
    "fullStatement",
    "CFItemType",
    "humanCodingScheme",
    "language",
    "lastChangeDateTime",
    "extensions",
];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Package {
    #[serde(rename = "CFDocument")]
    pub document: Document,
    #[serde(rename = "CFItems", default)]
    pub items: Vec<CaseItem>,
    #[serde(rename = "CFAssociations", default)]
    pub associations: Vec<Association>,
    #[serde(rename = "CFRubrics", default, skip_serializing_if = "Vec::is_empty")]
    pub rubrics: Vec<Rubric>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub uri: String,
    #[serde(default)]
    pub creator: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub last_change_date_time: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseItem {
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub uri: String,
    #[serde(default)]
    pub full_statement: String,
    #[serde(
        rename = "CFItemType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub item_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_coding_scheme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub last_change_date_time: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Value>,
}

/// `isChildOf`, `isTranslationOf`, `exactMatchOf`…: from the origin to the destination.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Association {
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub association_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    #[serde(default)]
    pub uri: String,
    #[serde(rename = "originNodeURI", default)]
    pub origin: Link,
    #[serde(rename = "destinationNodeURI", default)]
    pub destination: Link,
    #[serde(default)]
    pub last_change_date_time: String,
}

/// What an association points at: a document or item of this package, or a concept elsewhere
/// (an ESCO skill).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Link {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rubric {
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default)]
    pub last_change_date_time: String,
    #[serde(rename = "CFRubricCriteria", default)]
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Criterion {
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_id: Option<String>,
    #[serde(default)]
    pub last_change_date_time: String,
    #[serde(rename = "CFRubricCriterionLevels", default)]
    pub levels: Vec<CriterionLevel>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CriterionLevel {
    #[serde(default)]
    pub identifier: String,
    #[serde(default)]
    pub uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_criterion_id: Option<String>,
    #[serde(default)]
    pub last_change_date_time: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Value>,
}
