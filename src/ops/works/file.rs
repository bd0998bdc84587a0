//! Creating, showing and downloading a dossier de facturation.

use serde::{Deserialize, Serialize};

use super::{FileDetail, SPACE, detail, sees, visible_file};
use crate::domain::works::{GroupType, WorksRole};
use crate::domain::{AccessMode, StructureStatus, StructureType};
use crate::error::{Error, Result, Violation};
use crate::ops::b64::NamedFile;
use crate::ops::invoice::rules::v;
use crate::ops::{Context, Operation};
use crate::store::{self, structures::StructureRow};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CreateWorksFile {
    pub market: String,
    pub title: Option<String>,
    pub supplier: String,
    pub supplier_service: Option<String>,
    pub moe: Option<String>,
    pub moe_service: Option<String>,
    pub moa: String,
    pub moa_service: Option<String>,
    pub engagement: Option<String>,
    pub subcontractors: Vec<String>,
    pub cocontractors: Vec<String>,
    pub group: Option<GroupType>,
}

/// A flag's value, trimmed; none when empty.
fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The rules every party of a dossier meets: an active structure, and a service of it that
/// exists and is active when one is named.
pub fn check_party(
    cx: &Context<'_>,
    s: &StructureRow,
    service: Option<&str>,
    role: WorksRole,
    out: &mut Vec<Violation>,
) -> Result<()> {
    let id = &s.structure.identifier;
    if s.structure.status != StructureStatus::Actif {
        out.push(v(
            "structure_inactive",
            format!("{id}, named as {}, is not active", role.label()),
        ));
    }
    if role == WorksRole::Moa && s.structure.structure_type != StructureType::Publique {
        out.push(v(
            "moa_not_public",
            format!("the MOA must be a public structure, and {id} is private"),
        ));
    }
    match service {
        Some(code) => match store::services::by_code(cx.db, s.id, code)? {
            None => out.push(v(
                "service_not_found",
                format!("{id} has no service {code}"),
            )),
            Some(row) if !row.service.active => out.push(v(
                "service_inactive",
                format!("service {code} of {id} is not active"),
            )),
            Some(_) => {}
        },
        None if role == WorksRole::Moa && s.structure.service_required => out.push(v(
            "moa_service_required",
            format!("{id} requires a service code: give --moa-service"),
        )),
        None => {}
    }
    Ok(())
}

impl Operation for CreateWorksFile {
    type Output = FileDetail;
    const NAME: &'static str = "create-works-file";

    fn execute(self, cx: &mut Context<'_>) -> Result<FileDetail> {
        let supplier = cx.structure(&self.supplier)?;
        let moe = self.moe.as_deref().map(|m| cx.structure(m)).transpose()?;
        let moa = cx.structure(&self.moa)?;
        let mut members = Vec::new();
        for (role, list) in [
            (WorksRole::SousTraitant, &self.subcontractors),
            (WorksRole::Cotraitant, &self.cocontractors),
        ] {
            for id in list {
                members.push((role, cx.structure(id)?));
            }
        }

        // The creator acts for the titulaire, the MOE or the MOA.
        let mut allowed = false;
        for s in [Some(&supplier), moe.as_ref(), Some(&moa)]
            .into_iter()
            .flatten()
        {
            allowed |=
                crate::ops::invoice::rights::reach_space(cx, s.id, SPACE, AccessMode::Modify)?
                    .is_some();
        }
        if !allowed {
            return Err(Error::permission(
                "works_create_denied",
                format!("a dossier is created by its supplier, MOE or MOA: you need the {SPACE} space in modify mode on one of them"),
            )
            .hint(format!("a manager opens it with `chorus structure space open ID {SPACE}`")));
        }

        let mut out = Vec::new();
        let market = self.market.trim();
        if market.is_empty() || market.chars().count() > 50 {
            out.push(v(
                "market_number_format",
                "the market number is required and at most 50 characters",
            ));
        }
        if let Some(ej) = given(&self.engagement)
            && ej.chars().count() > 50
        {
            out.push(v(
                "engagement_too_long",
                "the engagement number is longer than 50 characters",
            ));
        }
        if given(&self.engagement).is_none() && moa.structure.engagement_required {
            out.push(v(
                "engagement_required",
                format!(
                    "{} requires an engagement number: give --engagement",
                    moa.structure.identifier
                ),
            ));
        }
        check_party(
            cx,
            &supplier,
            given(&self.supplier_service),
            WorksRole::Fournisseur,
            &mut out,
        )?;
        if let Some(m) = &moe {
            check_party(cx, m, given(&self.moe_service), WorksRole::Moe, &mut out)?;
        } else if self.moe_service.is_some() {
            out.push(v("moe_service_without_moe", "--moe-service needs --moe"));
        }
        check_party(cx, &moa, given(&self.moa_service), WorksRole::Moa, &mut out)?;
        for (role, s) in &members {
            check_party(cx, s, None, *role, &mut out)?;
        }

        // Each structure plays one part, except that the MOA may be its own MOE.
        let mut seen = vec![supplier.id];
        for (what, s) in [("the MOE", moe.as_ref()), ("the MOA", Some(&moa))] {
            if let Some(s) = s
                && s.id == supplier.id
            {
                out.push(v(
                    "parties_distinct",
                    format!(
                        "the supplier {} cannot also be {what}",
                        s.structure.identifier
                    ),
                ));
            }
        }
        seen.extend(moe.as_ref().map(|m| m.id));
        seen.push(moa.id);
        for (role, s) in &members {
            if seen.contains(&s.id) {
                out.push(v(
                    "parties_distinct",
                    format!(
                        "{} already plays a part in the dossier and cannot also be {}",
                        s.structure.identifier,
                        role.label()
                    ),
                ));
            }
            seen.push(s.id);
        }
        match (self.cocontractors.is_empty(), self.group) {
            (false, None) => out.push(v(
                "group_required",
                "co-contractors form a group: give --group conjoint or --group solidaire",
            )),
            (true, Some(_)) => out.push(v(
                "group_without_cocontractors",
                "--group describes co-contractors: give --cocontractor too",
            )),
            _ => {}
        }
        crate::ops::check_all(out.into_iter().map(Err))?;

        let member_ids: Vec<(WorksRole, i64)> = members.iter().map(|(r, s)| (*r, s.id)).collect();
        let id = store::works::insert_file(
            cx.db,
            &store::works::NewFile {
                market_number: market,
                title: given(&self.title),
                supplier: (supplier.id, given(&self.supplier_service)),
                moe: moe.as_ref().map(|m| (m.id, given(&self.moe_service))),
                moa: (moa.id, given(&self.moa_service)),
                engagement_number: given(&self.engagement),
                group_type: self.group,
                members: &member_ids,
                created_by: &cx.actor_label(),
                now: &cx.now,
            },
        )?;
        let summary = format!("dossier de facturation {id} created for market {market}");
        let mut structures: Vec<i64> = seen;
        structures.sort_unstable();
        structures.dedup();
        for s in structures {
            cx.event(
                "works.file_created",
                Some(s),
                None,
                &format!("works-file/{id}"),
                &summary,
            )?;
        }
        ShowWorksFile { id }.execute(cx)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShowWorksFile {
    pub id: i64,
}

impl Operation for ShowWorksFile {
    type Output = FileDetail;
    const NAME: &'static str = "show-works-file";
    const WRITES: bool = false;

    fn execute(self, cx: &mut Context<'_>) -> Result<FileDetail> {
        super::apply_validation_delays(cx)?;
        let (file, roles) = visible_file(cx, self.id)?;
        let pieces = store::works::pieces_of(cx.db, self.id)?
            .into_iter()
            .filter(|p| sees(&roles, p))
            .map(|p| detail(cx, p))
            .collect::<Result<_>>()?;
        Ok(FileDetail {
            file: file.file,
            pieces,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DownloadWorksFile {
    pub id: i64,
}

impl Operation for DownloadWorksFile {
    type Output = Vec<NamedFile>;
    const NAME: &'static str = "download-works-file";
    const WRITES: bool = false;

    /// Every piece the actor sees as `ID-CADRE-NUMBER.pdf`, and its attachments as
    /// `ID-CADRE-NAME`.
    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<NamedFile>> {
        let (_, roles) = visible_file(cx, self.id)?;
        let mut out = Vec::new();
        for p in store::works::pieces_of(cx.db, self.id)? {
            if !sees(&roles, &p) {
                continue;
            }
            let p = p.piece;
            let prefix = format!("{}-{}", p.id, p.framework.short());
            out.push(NamedFile {
                name: safe_name(&format!("{prefix}-{}.pdf", p.number)),
                bytes: store::invoices::get_file(cx.db, &p.file.sha256)?,
            });
            for a in &p.attachments {
                out.push(NamedFile {
                    name: safe_name(&format!("{prefix}-{}", a.name)),
                    bytes: store::invoices::get_file(cx.db, &a.sha256)?,
                });
            }
        }
        Ok(out)
    }
}

/// A file name that stays inside the target folder (a number's `/` becomes `-`).
fn safe_name(name: &str) -> String {
    crate::domain::files::safe_file_name(&name.replace(['/', '\\'], "-"))
}
