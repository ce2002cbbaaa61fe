//! When each part of an assessment or a role profile was last changed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::formats::shape::is_default;

/// When things were last changed, in milliseconds since 1970: for two tabs that changed the
/// same thing before either saw the other's change, the later change wins (see `core::visit::merge`).
/// 0 means "before stamps were kept". Kept in storage, never shared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamps {
    /// The last change of a name, date, view, person, hints or aim.
    #[serde(default, skip_serializing_if = "is_default")]
    pub meta: u64,
    /// The last change of each item's answer (or need, in a role profile).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub items: BTreeMap<String, u64>,
}

impl Stamps {
    pub fn is_empty(&self) -> bool {
        self.meta == 0 && self.items.is_empty()
    }

    pub fn item(&self, item: &str) -> u64 {
        self.items.get(item).copied().unwrap_or(0)
    }
}
