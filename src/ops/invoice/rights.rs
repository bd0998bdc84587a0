//! Who sees and acts on an invoice: through a structure the account is attached to as supplier,
//! recipient or validator, with that side's space, and — for simple users holding service
//! grants — only on those services. Anything not visible answers 4, so existence does not leak.

use crate::domain::AccessMode;
use crate::error::{Error, Result};
use crate::ops::{Actor, Context};
use crate::store::invoices::{InvoiceRow, ScopeTerm, Side};
use crate::store::{self};

pub fn space(side: Side) -> &'static str {
    match side {
        Side::Supplier => "invoices-issued",
        Side::Recipient => "invoices-received",
        Side::Validator => "invoices-to-validate",
    }
}

/// The actor's reach on one structure from one side: None (no access), Some(None) (the whole
/// structure), Some(Some(codes)) (only these services).
pub fn reach(
    cx: &Context<'_>,
    structure_id: i64,
    side: Side,
    need: AccessMode,
) -> Result<Option<Option<Vec<String>>>> {
    reach_space(cx, structure_id, space(side), need)
}

/// The actor's reach on one structure through one space (see [`reach`]).
pub fn reach_space(
    cx: &Context<'_>,
    structure_id: i64,
    space: &str,
    need: AccessMode,
) -> Result<Option<Option<Vec<String>>>> {
    let account = match &cx.actor {
        Actor::Operator => return Ok(Some(None)),
        Actor::Anonymous => return Ok(None),
        Actor::Account { id, .. } => *id,
    };
    let Some(role) = store::attachments::role(cx.db, account, structure_id)? else {
        return Ok(None);
    };
    if !store::spaces::is_open(cx.db, structure_id, space)? {
        return Ok(None);
    }
    if role.is_manager() {
        return Ok(Some(None));
    }
    let held = store::spaces::habilitation(cx.db, structure_id, account, space)?;
    let enough = matches!(
        (held, need),
        (Some(AccessMode::Modify), _) | (Some(AccessMode::Consult), AccessMode::Consult)
    );
    if !enough {
        return Ok(None);
    }
    let codes = store::services::granted_codes(cx.db, structure_id, account)?;
    Ok(Some(if codes.is_empty() { None } else { Some(codes) }))
}

pub fn covers(reach: &Option<Vec<String>>, service: Option<&str>) -> bool {
    match reach {
        None => true,
        Some(codes) => service.is_some_and(|s| codes.iter().any(|c| c == s)),
    }
}

/// Whether the actor reaches this invoice from this side with this mode.
pub fn can(cx: &Context<'_>, row: &InvoiceRow, side: Side, need: AccessMode) -> Result<bool> {
    let (structure, service) = match side {
        Side::Supplier => (
            Some(row.supplier_id),
            row.invoice.supplier.service_code.as_deref(),
        ),
        Side::Recipient => (
            Some(row.recipient_id),
            row.invoice.recipient.service_code.as_deref(),
        ),
        Side::Validator => (row.validator_id, None),
    };
    let Some(structure) = structure else {
        return Ok(false);
    };
    // The recipient sees an invoice only once it is made available to it.
    if side == Side::Recipient && !row.invoice.status.reached_recipient() {
        return Ok(false);
    }
    Ok(reach(cx, structure, side, need)?.is_some_and(|r| covers(&r, service)))
}

pub fn not_found(id: i64) -> Error {
    Error::not_found("invoice_not_found", format!("no invoice {id}"))
        .hint("list the invoices you can see with `chorus invoice list`")
}

/// Loads an invoice the actor can see (4 otherwise).
pub fn visible(cx: &Context<'_>, id: i64) -> Result<InvoiceRow> {
    let row = store::invoices::by_id(cx.db, id)?.ok_or_else(|| not_found(id))?;
    for side in [Side::Supplier, Side::Recipient, Side::Validator] {
        if can(cx, &row, side, AccessMode::Consult)? {
            return Ok(row);
        }
    }
    Err(not_found(id))
}

/// Loads an invoice the actor may act on from `side` (4 if invisible, 6 if read-only).
pub fn actionable(cx: &Context<'_>, id: i64, side: Side, action: &str) -> Result<InvoiceRow> {
    let row = visible(cx, id)?;
    if can(cx, &row, side, AccessMode::Modify)? {
        return Ok(row);
    }
    let who = match side {
        Side::Supplier => "the supplier",
        Side::Recipient => "the recipient",
        Side::Validator => "the validator",
    };
    Err(Error::permission(
        "invoice_action_denied",
        format!(
            "only {who} of invoice {id}, with the {} space in modify mode, may {action}",
            space(side)
        ),
    ))
}

/// Every way the actor sees invoices (None: everything, for the operator).
pub fn scope(cx: &Context<'_>, sides: &[Side]) -> Result<Option<Vec<ScopeTerm>>> {
    let account = match &cx.actor {
        Actor::Operator => return Ok(None),
        Actor::Anonymous => return Ok(Some(Vec::new())),
        Actor::Account { id, .. } => *id,
    };
    let mut terms = Vec::new();
    for structure_id in store::attachments::member_structures(cx.db, account)? {
        for side in sides {
            if let Some(services) = reach(cx, structure_id, *side, AccessMode::Consult)? {
                terms.push(ScopeTerm {
                    side: *side,
                    structure_id,
                    services,
                });
            }
        }
    }
    Ok(Some(terms))
}
