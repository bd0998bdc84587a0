//! Services of a structure and the habilitations of users on them. Rule for the invoice
//! issues: a simple user holding grants acts only on those services; one holding none acts at
//! structure level; managers act on everything of their structure.

use serde::{Deserialize, Serialize};

use super::{Context, Operation, check_all};
use crate::domain::identifier::{check_service_code, check_text};
use crate::domain::{Grant, RequestStatus, Service, ServiceDetail};
use crate::error::{Error, Result};
use crate::store::{self, services::ServiceRow, structures::StructureRow};

fn find(cx: &Context<'_>, s: &StructureRow, code: &str) -> Result<ServiceRow> {
    let code = code.trim().to_ascii_uppercase();
    store::services::by_code(cx.db, s.id, &code)?.ok_or_else(|| {
        Error::not_found(
            "service_not_found",
            format!("structure {} has no service {code}", s.structure.identifier),
        )
        .hint(format!(
            "list them with `chorus service list --structure {}`",
            s.structure.identifier
        ))
    })
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateService {
    pub structure: String,
    pub code: String,
    pub name: String,
    pub engagement_required: bool,
    pub payment_status_not_reported: bool,
}

impl Operation for CreateService {
    type Output = Service;
    const NAME: &'static str = "create-service";

    fn execute(self, cx: &mut Context<'_>) -> Result<Service> {
        let s = cx.structure(&self.structure)?;
        cx.require_manager(&s, "create services")?;
        let code = self.code.trim().to_string();
        check_all([
            check_service_code(&code),
            check_text("name", &self.name, 100),
        ])?;
        if store::services::by_code(cx.db, s.id, &code)?.is_some() {
            return Err(Error::conflict(
                "service_exists",
                format!(
                    "structure {} already has a service {code}",
                    s.structure.identifier
                ),
            ));
        }
        let service = Service {
            structure: s.structure.identifier.clone(),
            code: code.clone(),
            name: self.name.trim().to_string(),
            active: true,
            engagement_required: self.engagement_required,
            payment_status_not_reported: self.payment_status_not_reported,
            valid_from: None,
            valid_to: None,
            created_at: cx.now.clone(),
            updated_at: cx.now.clone(),
        };
        store::services::insert(cx.db, s.id, &service)?;
        cx.event(
            "service.created",
            Some(s.id),
            None,
            &format!("{}/{code}", s.structure.identifier),
            &format!(
                "service {code} « {} » created in {}",
                service.name, s.structure.identifier
            ),
        )?;
        Ok(find(cx, &s, &code)?.service)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListServices {
    pub structure: String,
}

impl Operation for ListServices {
    type Output = Vec<Service>;
    const NAME: &'static str = "list-services";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Service>> {
        let s = cx.structure(&self.structure)?;
        store::services::list(cx.db, s.id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShowService {
    pub structure: String,
    pub code: String,
}

impl Operation for ShowService {
    type Output = ServiceDetail;
    const NAME: &'static str = "show-service";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<ServiceDetail> {
        let s = cx.structure(&self.structure)?;
        let row = find(cx, &s, &self.code)?;
        Ok(ServiceDetail {
            grants: store::services::grants(cx.db, row.id)?,
            service: row.service,
        })
    }
}

/// `service update`, `service activate` and `service deactivate`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UpdateService {
    pub structure: String,
    pub code: String,
    pub name: Option<String>,
    pub engagement_required: Option<bool>,
    pub payment_status_not_reported: Option<bool>,
    pub active: Option<bool>,
}

impl Operation for UpdateService {
    type Output = Service;
    const NAME: &'static str = "update-service";

    fn execute(self, cx: &mut Context<'_>) -> Result<Service> {
        let s = cx.structure(&self.structure)?;
        cx.require_manager(&s, "change services")?;
        let row = find(cx, &s, &self.code)?;
        let mut v = row.service.clone();
        let object = format!("{}/{}", v.structure, v.code);
        if let Some(active) = self.active {
            if v.active == active {
                return Err(Error::conflict(
                    "service_status_unchanged",
                    format!(
                        "service {object} is already {}",
                        if active { "active" } else { "inactive" }
                    ),
                ));
            }
            v.active = active;
        }
        if self.name.is_none()
            && self.engagement_required.is_none()
            && self.payment_status_not_reported.is_none()
            && self.active.is_none()
        {
            return Err(Error::usage(
                "nothing_to_update",
                "nothing to update: give --name, --engagement-required or --payment-status-not-reported",
            ));
        }
        if let Some(name) = &self.name {
            v.name = name.trim().to_string();
        }
        if let Some(b) = self.engagement_required {
            v.engagement_required = b;
        }
        if let Some(b) = self.payment_status_not_reported {
            v.payment_status_not_reported = b;
        }
        check_all([check_text("name", &v.name, 100)])?;
        v.updated_at = cx.now.clone();
        store::services::update(cx.db, row.id, &v)?;
        let kind = match self.active {
            Some(true) => "service.activated",
            Some(false) => "service.deactivated",
            None => "service.updated",
        };
        cx.event(
            kind,
            Some(s.id),
            None,
            &object,
            &format!("service {object} {}", &kind[8..]),
        )?;
        Ok(find(cx, &s, &v.code)?.service)
    }
}

/// `service grant` (grant: true) and `service revoke` (grant: false).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GrantService {
    pub structure: String,
    pub service: String,
    pub account: String,
    pub grant: bool,
}

impl Operation for GrantService {
    type Output = Grant;
    const NAME: &'static str = "grant-service";

    fn execute(self, cx: &mut Context<'_>) -> Result<Grant> {
        let s = cx.structure(&self.structure)?;
        let verb = if self.grant { "grant" } else { "revoke" };
        cx.require_manager(&s, &format!("{verb} service habilitations"))?;
        let row = find(cx, &s, &self.service)?;
        let identifier = &s.structure.identifier;
        let object = format!("{identifier}/{}", row.service.code);
        let account =
            store::accounts::by_email(cx.db, &super::email(&self.account)?)?.ok_or_else(|| {
                Error::not_found("account_not_found", format!("no account {}", self.account))
            })?;
        let email = account.account.email.clone();
        let held = store::services::is_granted(cx.db, row.id, account.id)?;
        if self.grant {
            let attached = store::attachments::live(cx.db, account.id, s.id)?
                .is_some_and(|a| a.attachment.status == RequestStatus::Accepted);
            if !attached {
                return Err(Error::invalid(
                    "grant_target_not_attached",
                    format!(
                        "{email} is not attached to {identifier}: only its users can be habilitated"
                    ),
                ));
            }
            if !row.service.active {
                return Err(Error::invalid(
                    "service_inactive",
                    format!("service {object} is inactive: activate it before granting it"),
                ));
            }
            if held {
                return Err(Error::conflict(
                    "already_granted",
                    format!("{email} already holds {object}"),
                ));
            }
            store::services::grant(cx.db, row.id, account.id, &cx.now)?;
        } else {
            if !held {
                return Err(Error::not_found(
                    "grant_not_found",
                    format!("{email} does not hold {object}"),
                ));
            }
            store::services::revoke(cx.db, row.id, account.id)?;
        }
        cx.event(
            &format!("service.{verb}ed"),
            Some(s.id),
            Some(account.id),
            &object,
            &format!(
                "{email} {} service {object}",
                if self.grant {
                    "granted"
                } else {
                    "no longer holds"
                }
            ),
        )?;
        Ok(Grant {
            structure: identifier.clone(),
            service: row.service.code,
            account: email,
            granted_at: cx.now.clone(),
        })
    }
}
