//! The records operations return: what users see as JSON, CSV and tables.

use serde::{Deserialize, Serialize};

use super::codes::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub phone: Option<String>,
    pub siret: Option<String>,
    pub status: AccountStatus,
    pub security_question: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What `account create` returns: the account and, once, its activation token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreatedAccount {
    #[serde(flatten)]
    pub account: Account,
    /// Given to the operator only; anybody else finds it in the account's notifications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_token: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Address {
    pub line: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Structure {
    pub identifier: String,
    pub identifier_type: IdentifierType,
    pub name: String,
    pub label: Option<String>,
    pub structure_type: StructureType,
    pub status: StructureStatus,
    pub address: Address,
    pub service_required: bool,
    pub engagement_required: bool,
    pub service_or_engagement_required: bool,
    pub payment_status_not_reported: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manager {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub role: Role,
}

/// `structure show`: the fiche structure with what hangs off it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StructureDetail {
    #[serde(flatten)]
    pub structure: Structure,
    pub managers: Vec<Manager>,
    pub services: Vec<Service>,
    pub spaces: Vec<SpaceState>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Attachment {
    pub id: i64,
    pub structure: String,
    pub structure_name: String,
    pub account: String,
    pub role: Option<Role>,
    pub status: RequestStatus,
    pub comment: Option<String>,
    pub reason: Option<String>,
    pub requested_at: String,
    pub decided_at: Option<String>,
    pub decided_by: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Service {
    pub structure: String,
    pub code: String,
    pub name: String,
    pub active: bool,
    pub engagement_required: bool,
    pub payment_status_not_reported: bool,
    /// Dates the service may receive invoices between (`dateDbtService`, `dateFinService`).
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Service {
    /// Whether `day` (YYYY-MM-DD) is within the service's validity dates.
    pub fn valid_on(&self, day: &str) -> bool {
        self.valid_from.as_deref().is_none_or(|f| f <= day)
            && self.valid_to.as_deref().is_none_or(|t| day <= t)
    }
}

/// `service show`: a service and the accounts habilitated on it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServiceDetail {
    #[serde(flatten)]
    pub service: Service,
    pub grants: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Grant {
    pub structure: String,
    pub service: String,
    pub account: String,
    pub granted_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpaceState {
    pub code: String,
    pub name: String,
    pub open: bool,
    /// The acting account's habilitation on the space (managers: modify on every open space).
    pub access: Option<AccessMode>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpaceRequest {
    pub id: i64,
    pub structure: String,
    pub space: String,
    pub account: String,
    pub mode: AccessMode,
    pub status: RequestStatus,
    pub requested_at: String,
    pub decided_at: Option<String>,
    pub decided_by: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub structure: Option<String>,
    pub account: Option<String>,
    pub object: String,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub account: String,
    pub kind: String,
    pub message: String,
    pub created_at: String,
}
