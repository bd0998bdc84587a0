//! `chorus works-file deposit FILE.pdf --file DOSSIER --framework A4`: a piece of a dossier,
//! deposited by the role its cadre belongs to, after the piece it follows.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Roles, detail, roles, transition, visible_file};
use crate::domain::AccessMode;
use crate::domain::amounts::money;
use crate::domain::invoice::{Amounts, CURRENCIES, DocumentFields};
use crate::domain::works::{WorksFramework, WorksStatus};
use crate::error::{Error, Result, Violation};
use crate::ops::b64::NamedFile;
use crate::ops::invoice::deposit::{Analysis, analyse_pdf};
use crate::ops::invoice::rules::{self, v};
use crate::ops::{Context, Operation};
use crate::store::{self, works::FileRow};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DepositWorksPiece {
    /// The dossier de facturation.
    pub file_id: i64,
    pub file_name: String,
    #[serde(with = "crate::ops::b64")]
    pub file: Vec<u8>,
    pub framework: WorksFramework,
    /// The piece this one follows.
    pub associate: Option<i64>,
    /// Which of the actor's structures deposits (when it plays the role through several).
    pub structure: Option<String>,
    pub number: Option<String>,
    pub date: Option<String>,
    pub currency: Option<String>,
    pub total_excl_vat: Option<Decimal>,
    pub vat: Option<Decimal>,
    pub total_incl_vat: Option<Decimal>,
    pub amount_due: Option<Decimal>,
    pub attachments: Vec<NamedFile>,
    pub comment: Option<String>,
    /// Filled by `prepare` on the side that runs the operation (never trusted from a client).
    #[serde(skip)]
    pub read: Option<(Analysis, DocumentFields)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DepositedPiece {
    #[serde(flatten)]
    pub piece: super::PieceDetail,
    pub analysis: Analysis,
}

/// The structure that deposits: one the actor plays `role` through.
fn depositor(
    cx: &Context<'_>,
    file: &FileRow,
    framework: WorksFramework,
    mine: &Roles,
    structure: Option<&str>,
) -> Result<i64> {
    let role = framework.role();
    let wanted = structure.map(|s| cx.structure(s)).transpose()?;
    let candidates: Vec<i64> = mine
        .iter()
        .filter(|(r, id)| *r == role && wanted.as_ref().is_none_or(|w| w.id == *id))
        .map(|(_, id)| *id)
        .collect();
    match candidates.as_slice() {
        [id] => Ok(*id),
        [] => {
            let yours: Vec<&str> = mine.iter().map(|(r, _)| r.as_str()).collect();
            Err(Error::permission(
                "works_role_denied",
                format!(
                    "{} is deposited by {} of dossier {}; {}",
                    framework.short(),
                    role.label(),
                    file.file.id,
                    if yours.is_empty() {
                        "you may not deposit in it".to_string()
                    } else {
                        format!("you act there as {}", yours.join(", "))
                    }
                ),
            )
            .hint(format!(
                "{} deposits {}",
                role.label(),
                role.frameworks()
                    .iter()
                    .map(|f| f.short())
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
        }
        _ => Err(Error::usage(
            "depositor_ambiguous",
            format!(
                "you act as {} for several structures of dossier {}: name one with --structure",
                role.label(),
                file.file.id
            ),
        )),
    }
}

/// What the cadre must follow: nothing, or one piece of the dossier in a given status.
fn check_sequence(
    cx: &Context<'_>,
    file: &FileRow,
    seen_by: &Roles,
    framework: WorksFramework,
    associate: Option<i64>,
) -> Result<Option<store::works::PieceRow>> {
    let short = framework.short();
    let has_moe = file.moe_id.is_some();
    match framework.needs_moe() {
        Some(true) if !has_moe => {
            return Err(Error::invalid(
                "works_sequence",
                format!(
                    "{short} goes through the MOE but dossier {} has none{}",
                    file.file.id,
                    if framework == WorksFramework::A4 {
                        ": deposit A5 (état d'acompte) for the MOA"
                    } else {
                        ""
                    }
                ),
            ));
        }
        Some(false) if has_moe => {
            return Err(Error::invalid(
                "works_sequence",
                format!(
                    "{short} is for a dossier without MOE, and dossier {} has one: deposit A4 (projet de décompte mensuel) for the MOE",
                    file.file.id
                ),
            ));
        }
        _ => {}
    }
    let (after, statuses) = framework.follows();
    let list = |items: Vec<&str>| items.join(" or ");
    let expected = format!(
        "{short} follows {} in {}",
        list(after.iter().map(|f| f.short()).collect()),
        list(statuses.iter().map(|s| s.as_str()).collect())
    );
    match (after.is_empty(), associate) {
        (true, None) => Ok(None),
        (true, Some(_)) => Err(Error::invalid(
            "works_sequence",
            format!("{short} starts a chain and follows no piece: drop --associate"),
        )),
        (false, None) => Err(Error::invalid(
            "works_sequence",
            format!("{expected}: name that piece with --associate PIECE"),
        )
        .hint(format!(
            "`chorus works-file show {}` lists the pieces of the dossier",
            file.file.id
        ))),
        (false, Some(id)) => {
            let piece = store::works::piece_by_id(cx.db, id)?
                .filter(|p| p.piece.file_id == file.file.id && super::sees(seen_by, p))
                .ok_or_else(|| {
                    Error::invalid(
                        "works_sequence",
                        format!("dossier {} has no piece {id} to follow", file.file.id),
                    )
                })?;
            let p = &piece.piece;
            if !after.contains(&p.framework) || !statuses.contains(&p.status) {
                return Err(Error::invalid(
                    "works_sequence",
                    format!(
                        "piece {id} is {} in {}, but {expected}",
                        p.framework.short(),
                        p.status
                    ),
                ));
            }
            Ok(Some(piece))
        }
    }
}

/// HT + TVA = TTC, in cents; every amount with at most two decimals.
fn check_amounts(a: &Amounts, out: &mut Vec<Violation>) {
    for (name, value) in [
        ("total_excl_vat", a.total_excl_vat),
        ("vat", a.vat),
        ("total_incl_vat", a.total_incl_vat),
        ("amount_due", a.amount_due),
    ] {
        if value.normalize().scale() > 2 {
            out.push(v(
                "amount_precision",
                format!("{name} {value} has more than two decimals"),
            ));
        }
    }
    if a.total_excl_vat + a.vat != a.total_incl_vat {
        out.push(v(
            "amounts_inconsistent",
            format!(
                "total excluding VAT {} + VAT {} is {}, not the total including VAT {}",
                a.total_excl_vat,
                a.vat,
                a.total_excl_vat + a.vat,
                a.total_incl_vat
            ),
        ));
    }
}

impl Operation for DepositWorksPiece {
    type Output = DepositedPiece;
    const NAME: &'static str = "deposit-works-piece";

    fn prepare(&mut self) -> Result<()> {
        if self.read.is_none() {
            self.read = Some(analyse_pdf(&self.file)?);
        }
        Ok(())
    }

    fn execute(mut self, cx: &mut Context<'_>) -> Result<DepositedPiece> {
        self.file_name = crate::domain::files::safe_file_name(&self.file_name);
        crate::ops::b64::safe_names(&mut self.attachments);
        super::apply_validation_delays(cx)?;
        self.prepare()?;
        let (mut analysis, doc) = self.read.take().unwrap_or_default();
        let (file, seen_by) = visible_file(cx, self.file_id)?;
        let framework = self.framework;
        let mine = roles(cx, &file, AccessMode::Modify)?;
        let depositor = depositor(cx, &file, framework, &mine, self.structure.as_deref())?;
        let follows = check_sequence(cx, &file, &seen_by, framework, self.associate)?;

        // What the document says, unless a flag says otherwise.
        let mut from_document = Vec::new();
        let mut pick = |field: &str, flag: Option<String>, doc: Option<String>| {
            if flag.is_none() && doc.is_some() {
                from_document.push(field.to_string());
            }
            flag.or(doc)
        };
        let number = pick("number", self.number.clone(), doc.number.clone());
        let date = pick("date", self.date.clone(), doc.date.clone());
        let currency = pick("currency", self.currency.clone(), doc.currency.clone())
            .unwrap_or_else(|| "EUR".into());
        let mut amount = |field: &str, flag: Option<Decimal>, doc: Option<Decimal>| {
            pick(
                field,
                flag.map(|d| d.to_string()),
                doc.map(|d| d.to_string()),
            )
            .and_then(|s| s.parse::<Decimal>().ok())
        };
        let excl = amount("total_excl_vat", self.total_excl_vat, doc.total_excl_vat);
        let vat = amount("vat", self.vat, doc.vat);
        let incl = amount("total_incl_vat", self.total_incl_vat, doc.total_incl_vat);
        let due = amount(
            "amount_due",
            self.amount_due,
            doc.amount_due.or(doc.total_incl_vat),
        );
        analysis.fields_from_document = from_document;

        let mut out = Vec::new();
        rules::check_number(number.as_deref(), &mut out);
        match date.as_deref().map(|d| d.parse::<jiff::civil::Date>()) {
            None => out.push(v(
                "date_required",
                "the piece's date is missing: give --date YYYY-MM-DD or a document that carries it",
            )),
            Some(Err(_)) => out.push(v(
                "date_format",
                format!(
                    "the date '{}' is not a date (YYYY-MM-DD)",
                    date.as_deref().unwrap_or_default()
                ),
            )),
            Some(Ok(_)) => {}
        }
        if CURRENCIES.binary_search(&currency.as_str()).is_err() {
            out.push(v(
                "currency_unknown",
                format!("currency {currency} is not an ISO 4217 code chorus knows"),
            ));
        }
        let amounts = match (excl, vat, incl) {
            (Some(excl), Some(vat), incl) => {
                let incl = incl.unwrap_or(excl + vat);
                let a = Amounts {
                    total_excl_vat: excl,
                    vat,
                    total_incl_vat: incl,
                    amount_due: due.unwrap_or(incl),
                };
                check_amounts(&a, &mut out);
                Some(Amounts {
                    total_excl_vat: money(a.total_excl_vat),
                    vat: money(a.vat),
                    total_incl_vat: money(a.total_incl_vat),
                    amount_due: money(a.amount_due),
                })
            }
            _ => {
                out.push(v(
                    "amounts_required",
                    "the amounts are missing: give --total-excl-vat and --vat (and --total-incl-vat, --amount-due), or a Factur-X document",
                ));
                None
            }
        };
        let files: Vec<(String, usize)> = self
            .attachments
            .iter()
            .map(|f| (f.name.clone(), f.bytes.len()))
            .collect();
        rules::check_attachments(&files, self.file.len(), &mut out);
        crate::ops::check_all(out.into_iter().map(Err))?;
        let (number, date, amounts) = (
            number.unwrap_or_default(),
            date.unwrap_or_default(),
            amounts.unwrap_or_default(),
        );
        if store::works::number_taken(cx.db, file.file.id, depositor, &number)? {
            return Err(Error::conflict(
                "works_number_taken",
                format!(
                    "number {number} is already used by a piece of the same depositor in dossier {}",
                    file.file.id
                ),
            )
            .hint("give each piece its own number with --number"));
        }

        // The piece followed is taken into account, then associated (or replaced by A22).
        if let Some(prev) = &follows {
            let taken = match prev.piece.status {
                WorksStatus::MiseADispositionMoe => Some(WorksStatus::PriseEnCompteMoe),
                WorksStatus::MiseADispositionMoa => Some(WorksStatus::PriseEnCompteMoa),
                _ => None,
            };
            if let Some(status) = taken {
                transition(cx, &file, prev, status, None)?;
            }
        }
        let status = framework.first_status(file.moe_id.is_some());
        let id = store::works::insert_piece(
            cx.db,
            &store::works::NewPiece {
                file_id: file.file.id,
                number: &number,
                framework,
                role: framework.role(),
                depositor_id: depositor,
                associated_id: follows.as_ref().map(|p| p.piece.id),
                status,
                date: &date,
                currency: &currency,
                amounts: &amounts,
                analysis: &serde_json::to_value(&analysis)?,
                file: (&self.file_name, &self.file),
                comment: self.comment.as_deref(),
                created_by: &cx.actor_label(),
                now: &cx.now,
            },
        )?;
        for f in &self.attachments {
            store::works::add_attachment(cx.db, id, &f.name, &f.bytes, &cx.now)?;
        }
        let piece = store::works::piece_by_id(cx.db, id)?
            .ok_or_else(|| Error::internal("piece vanished"))?;
        super::events(cx, &file, &piece, status, None, &cx.actor_label())?;
        if let Some(prev) = &follows {
            let comment = format!("followed by {} piece {id}", framework.short());
            transition(
                cx,
                &file,
                prev,
                framework.associated_becomes(),
                Some(&comment),
            )?;
        }
        Ok(DepositedPiece {
            piece: detail(cx, piece)?,
            analysis,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_add_up_in_cents() {
        let mut out = Vec::new();
        let a = Amounts {
            total_excl_vat: "1000.00".parse().unwrap(),
            vat: "200.00".parse().unwrap(),
            total_incl_vat: "1200.00".parse().unwrap(),
            amount_due: "1140.00".parse().unwrap(),
        };
        check_amounts(&a, &mut out);
        assert!(out.is_empty());
        let b = Amounts {
            total_incl_vat: "1200.01".parse().unwrap(),
            amount_due: "1.001".parse().unwrap(),
            ..a
        };
        check_amounts(&b, &mut out);
        let rules: Vec<&str> = out.iter().map(|v| v.rule.as_str()).collect();
        assert_eq!(rules, ["amount_precision", "amounts_inconsistent"]);
    }
}
