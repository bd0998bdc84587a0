//! Structures (fiches structure): creation, the public routing parameters, search, status.

use serde::{Deserialize, Serialize};

use super::{Context, Operation, check_all, space::space_states};
use crate::domain::directory::StructureFields;
use crate::domain::identifier::{check_identifier, check_text};
use crate::domain::{
    Address, IdentifierType, RequestStatus, Role, Service, Structure, StructureDetail,
    StructureStatus, StructureType,
};
use crate::error::{Error, Result, Violation};
use crate::store::{self, structures::StructureRow};

/// The default service every public structure has.
pub const DEFAULT_SERVICE_CODE: &str = "FACTURES_PUBLIQUES";
pub const DEFAULT_SERVICE_NAME: &str = "Service des factures publiques";

/// The routing parameters of a public structure (`codeServiceDoitEtreRenseigne`, …).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct RoutingParameters {
    pub service_required: bool,
    pub engagement_required: bool,
    pub service_or_engagement_required: bool,
    pub payment_status_not_reported: bool,
}

impl RoutingParameters {
    fn any(&self) -> bool {
        self.service_required
            || self.engagement_required
            || self.service_or_engagement_required
            || self.payment_status_not_reported
    }
}

fn check_address(a: &Address) -> Vec<Result<(), Violation>> {
    let country_ok = a.country.len() == 2 && a.country.bytes().all(|b| b.is_ascii_uppercase());
    let postcode_ok = a.country != "FR"
        || (a.postcode.len() == 5 && a.postcode.bytes().all(|b| b.is_ascii_digit()));
    vec![
        check_text("address", &a.line, 200),
        check_text("postcode", &a.postcode, 20),
        check_text("city", &a.city, 100),
        if country_ok {
            Ok(())
        } else {
            Err(Violation {
                rule: "country_format".into(),
                message: format!(
                    "country '{}' must be a 2-letter ISO code such as FR",
                    a.country
                ),
            })
        },
        if postcode_ok {
            Ok(())
        } else {
            Err(Violation {
                rule: "postcode_format".into(),
                message: format!("French postcode '{}' must be 5 digits", a.postcode),
            })
        },
    ]
}

/// The fiche structure as `structure show` prints it.
pub fn detail(cx: &Context<'_>, row: StructureRow) -> Result<StructureDetail> {
    Ok(StructureDetail {
        managers: store::structures::managers(cx.db, row.id)?,
        services: store::services::list(cx.db, row.id)?,
        spaces: space_states(cx, &row)?,
        structure: row.structure,
    })
}

/// The directory is authoritative on public bodies: a private structure may not take the
/// identifier of a public one (under any identifier type, which would make it ambiguous), nor,
/// for a SIRET, an establishment of its SIREN — else a squatter could block the body's import.
fn refuse_public_identifier(
    cx: &Context<'_>,
    kind: IdentifierType,
    identifier: &str,
) -> Result<()> {
    let siren = (kind == IdentifierType::Siret).then(|| &identifier[..9]);
    let Some(public) = store::structures::public_claiming(cx.db, identifier, siren)? else {
        return Ok(());
    };
    let p = &public.structure;
    Err(Error::conflict(
        "identifier_public",
        format!(
            "{kind} {identifier} belongs to the public body {} {} « {} » of the directory: a private structure cannot take it",
            p.identifier_type, p.identifier, p.name
        ),
    )
    .hint(format!(
        "check the identifier; to act for that public body, request an attachment: chorus attach request --structure {}",
        p.identifier
    )))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateStructure {
    pub identifier: String,
    pub identifier_type: IdentifierType,
    pub name: String,
    pub label: Option<String>,
    pub address: Address,
    pub public: bool,
    pub routing: RoutingParameters,
}

impl Operation for CreateStructure {
    type Output = StructureDetail;
    const NAME: &'static str = "create-structure";

    fn execute(self, cx: &mut Context<'_>) -> Result<StructureDetail> {
        if self.public {
            cx.require_operator("create a public structure")?;
        } else if self.routing.any() {
            return Err(Error::invalid(
                "routing_parameters_public_only",
                "routing parameters (--service-required, --engagement-required, …) only apply to public structures",
            )
            .hint("add --public (operator only), or drop the routing flags"));
        }
        let identifier = self.identifier.trim().to_string();
        let mut rules = vec![
            check_identifier(self.identifier_type, &identifier),
            check_text("name", &self.name, 100),
            self.label
                .as_deref()
                .map_or(Ok(()), |l| check_text("label", l, 100)),
        ];
        rules.extend(check_address(&self.address));
        check_all(rules)?;
        if !self.public {
            refuse_public_identifier(cx, self.identifier_type, &identifier)?;
        }
        if store::structures::exists(cx.db, self.identifier_type, &identifier)? {
            return Err(Error::conflict(
                "structure_exists",
                format!(
                    "a structure with {} {identifier} already exists",
                    self.identifier_type
                ),
            )
            .hint(format!(
                "request an attachment instead: chorus attach request --structure {identifier}"
            )));
        }
        let structure_type = if self.public {
            StructureType::Publique
        } else {
            StructureType::Privee
        };
        let structure = Structure {
            identifier: identifier.clone(),
            identifier_type: self.identifier_type,
            name: self.name.trim().to_string(),
            label: self.label.map(|l| l.trim().to_string()),
            structure_type,
            status: StructureStatus::Actif,
            address: self.address,
            service_required: self.routing.service_required,
            engagement_required: self.routing.engagement_required,
            service_or_engagement_required: self.routing.service_or_engagement_required,
            payment_status_not_reported: self.routing.payment_status_not_reported,
            created_at: cx.now.clone(),
            updated_at: cx.now.clone(),
        };
        let id = store::structures::insert(cx.db, &structure)?;
        if self.public {
            let service = Service {
                structure: identifier.clone(),
                code: DEFAULT_SERVICE_CODE.into(),
                name: DEFAULT_SERVICE_NAME.into(),
                active: true,
                engagement_required: false,
                payment_status_not_reported: false,
                valid_from: None,
                valid_to: None,
                created_at: cx.now.clone(),
                updated_at: cx.now.clone(),
            };
            store::services::insert(cx.db, id, &service)?;
        }
        cx.event(
            "structure.created",
            Some(id),
            None,
            &identifier,
            &format!(
                "{structure_type} structure {identifier} « {} » created",
                structure.name
            ),
        )?;
        if let super::Actor::Account {
            id: account_id,
            email,
        } = cx.actor.clone()
        {
            store::attachments::insert(
                cx.db,
                &store::attachments::NewAttachment {
                    account_id,
                    structure_id: id,
                    role: Some(Role::Principal),
                    status: RequestStatus::Accepted,
                    comment: None,
                    now: &cx.now,
                    decided_by: Some(&email),
                },
            )?;
            cx.event(
                "attachment.accepted",
                Some(id),
                Some(account_id),
                &identifier,
                &format!("{email} is the principal manager of {identifier} (creator)"),
            )?;
        }
        detail(cx, store::structures::by_id(cx.db, id)?)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShowStructure {
    pub identifier: String,
}

impl Operation for ShowStructure {
    type Output = StructureDetail;
    const NAME: &'static str = "show-structure";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<StructureDetail> {
        let row = cx.structure(&self.identifier)?;
        detail(cx, row)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchStructures {
    pub name: Option<String>,
    pub identifier: Option<String>,
    pub label: Option<String>,
    pub structure_type: Option<StructureType>,
    pub status: Option<StructureStatus>,
    pub limit: Option<u32>,
}

impl Operation for SearchStructures {
    type Output = Vec<Structure>;
    const NAME: &'static str = "search-structures";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Structure>> {
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let (name, identifier, label) = (
            clean(&self.name),
            clean(&self.identifier),
            clean(&self.label),
        );
        store::structures::search(
            cx.db,
            &store::structures::SearchFilter {
                name: name.as_deref(),
                identifier_prefix: identifier.as_deref(),
                label: label.as_deref(),
                structure_type: self.structure_type,
                status: self.status,
                limit: self.limit,
            },
        )
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UpdateStructure {
    pub identifier: String,
    pub name: Option<String>,
    /// An empty string removes the label.
    pub label: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub service_required: Option<bool>,
    pub engagement_required: Option<bool>,
    pub service_or_engagement_required: Option<bool>,
    pub payment_status_not_reported: Option<bool>,
}

impl Operation for UpdateStructure {
    type Output = StructureDetail;
    const NAME: &'static str = "update-structure";

    fn execute(self, cx: &mut Context<'_>) -> Result<StructureDetail> {
        let row = cx.structure(&self.identifier)?;
        let routing = [
            self.service_required,
            self.engagement_required,
            self.service_or_engagement_required,
            self.payment_status_not_reported,
        ];
        let changes_routing = routing.iter().any(Option::is_some);
        let changes_fiche = [
            &self.name,
            &self.label,
            &self.address,
            &self.postcode,
            &self.city,
            &self.country,
        ]
        .iter()
        .any(|f| f.is_some());
        if !changes_routing && !changes_fiche {
            return Err(Error::usage(
                "nothing_to_update",
                "nothing to update: give at least one field to change (see --help)",
            ));
        }
        if changes_routing {
            cx.require_operator("change the routing parameters of a structure")?;
            if row.structure.structure_type != StructureType::Publique {
                return Err(Error::invalid(
                    "routing_parameters_public_only",
                    format!(
                        "{} is a private structure: routing parameters only apply to public ones",
                        row.structure.identifier
                    ),
                ));
            }
        } else {
            cx.require_manager(&row, "update this structure")?;
        }
        let mut s = row.structure.clone();
        let trimmed = |v: &Option<String>| v.as_ref().map(|v| v.trim().to_string());
        // The same application of optional fields as a directory import.
        StructureFields {
            name: trimmed(&self.name),
            label: trimmed(&self.label).map(|l| Some(l).filter(|l| !l.is_empty())),
            status: None,
            address: trimmed(&self.address),
            postcode: trimmed(&self.postcode),
            city: trimmed(&self.city),
            country: trimmed(&self.country),
            service_required: self.service_required,
            engagement_required: self.engagement_required,
            service_or_engagement_required: self.service_or_engagement_required,
            payment_status_not_reported: self.payment_status_not_reported,
        }
        .apply_to(&mut s);
        let mut rules = vec![
            check_text("name", &s.name, 100),
            s.label
                .as_deref()
                .map_or(Ok(()), |l| check_text("label", l, 100)),
        ];
        rules.extend(check_address(&s.address));
        check_all(rules)?;
        s.updated_at = cx.now.clone();
        store::structures::update(cx.db, row.id, &s)?;
        let id = &s.identifier;
        cx.event(
            "structure.updated",
            Some(row.id),
            None,
            id,
            &format!("structure {id} updated"),
        )?;
        detail(cx, store::structures::by_id(cx.db, row.id)?)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SetStructureStatus {
    pub identifier: String,
    pub status: StructureStatus,
}

impl Operation for SetStructureStatus {
    type Output = StructureDetail;
    const NAME: &'static str = "set-structure-status";

    fn execute(self, cx: &mut Context<'_>) -> Result<StructureDetail> {
        let row = cx.structure(&self.identifier)?;
        let verb = match self.status {
            StructureStatus::Actif => "activate",
            StructureStatus::Inactif => "deactivate",
        };
        cx.require_principal(&row, &format!("{verb} this structure"))?;
        let id = row.structure.identifier.clone();
        if row.structure.status == self.status {
            return Err(Error::conflict(
                "structure_status_unchanged",
                format!("structure {id} is already {}", self.status),
            ));
        }
        let mut s = row.structure.clone();
        s.status = self.status;
        s.updated_at = cx.now.clone();
        store::structures::update(cx.db, row.id, &s)?;
        cx.event(
            &format!("structure.{verb}d"),
            Some(row.id),
            None,
            &id,
            &format!("structure {id} is now {}", self.status),
        )?;
        detail(cx, store::structures::by_id(cx.db, row.id)?)
    }
}
