//! The public directory (annuaire des structures publiques): import, lookup, search, export.
//! The directory is the store's public structures and their services — the data the deposit
//! rules route on; `directory check` is `CheckInvoiceRouting`.

use std::collections::hash_map::Entry as Slot;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet, FxHasher};

use serde::{Deserialize, Serialize};

use super::{Context, Operation};
use crate::domain::directory::{self, Cells, Column, Entry};
use crate::domain::{Address, IdentifierType, Service, Structure, StructureStatus, StructureType};
use crate::error::{self, Error, Result};
use crate::store::{self, services::ServiceRow, structures::StructureRow};

/// A service as the directory lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DirectoryService {
    pub code: String,
    pub name: String,
    pub active: bool,
    pub engagement_required: bool,
    pub payment_status_not_reported: bool,
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
}

/// A public structure with its parameters and services.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DirectoryEntry {
    pub identifier: String,
    pub identifier_type: IdentifierType,
    pub name: String,
    pub label: Option<String>,
    pub status: StructureStatus,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
    pub service_required: bool,
    pub engagement_required: bool,
    pub service_or_engagement_required: bool,
    pub payment_status_not_reported: bool,
    pub updated_at: String,
    pub services: Vec<DirectoryService>,
}

impl DirectoryEntry {
    fn of(s: Structure, services: impl IntoIterator<Item = Service>) -> DirectoryEntry {
        DirectoryEntry {
            identifier: s.identifier,
            identifier_type: s.identifier_type,
            name: s.name,
            label: s.label,
            status: s.status,
            address: s.address.line,
            postcode: s.address.postcode,
            city: s.address.city,
            country: s.address.country,
            service_required: s.service_required,
            engagement_required: s.engagement_required,
            service_or_engagement_required: s.service_or_engagement_required,
            payment_status_not_reported: s.payment_status_not_reported,
            updated_at: s.updated_at,
            services: services
                .into_iter()
                .map(|v| DirectoryService {
                    code: v.code,
                    name: v.name,
                    active: v.active,
                    engagement_required: v.engagement_required,
                    payment_status_not_reported: v.payment_status_not_reported,
                    valid_from: v.valid_from,
                    valid_to: v.valid_to,
                })
                .collect(),
        }
    }
}

/// `directory import`: rows of a file in directory columns, upserted by identifier.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImportDirectory {
    /// The file's columns, by their directory names (`identifier`, `service_code`, …).
    pub columns: Vec<String>,
    /// Each row: its line in the file and its cells in `columns` order.
    pub rows: Vec<(usize, Cells)>,
    /// The file is the whole directory: public structures (and, when the file lists services,
    /// services) it does not list become INACTIF.
    pub full: bool,
    /// Import nothing when any row is rejected.
    pub atomic: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub deactivated: usize,
    pub services_added: usize,
    pub services_updated: usize,
    pub services_deactivated: usize,
    /// Private structures that held an identifier the directory lists: now public.
    #[serde(default)]
    pub converted: Vec<Converted>,
    pub rejected: Vec<Rejected>,
}

/// A private structure of the store on an identifier the directory lists as public: the
/// directory is authoritative, so it became that public body, with the directory's data, and
/// the accounts attached to it lost their attachment (they were not the body's managers).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Converted {
    pub line: usize,
    pub identifier: String,
    pub identifier_type: IdentifierType,
    /// The accounts whose attachment (and grants, habilitations) ended.
    pub detached: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rejected {
    pub line: usize,
    pub reason: String,
}

/// From this many rows, an import into a directory less than half their size is a bulk load.
const BULK_ROWS: usize = 10_000;

/// A structure met in the file: where, what its columns said, its services.
struct Group {
    id: i64,
    line: usize,
    fingerprint: u64,
    /// Its services by code (loaded when a row first names one).
    services: Option<Vec<(String, Known)>>,
}

/// A service of a structure met in the file.
enum Known {
    /// In the store, not named by the file (yet).
    Stored(ServiceRow),
    /// Named by the file on this line.
    Listed { id: i64, line: usize },
}

/// A row as read (off the writing thread): the structure it names, the fingerprint of its
/// structure columns, and what it says — or why it cannot be taken.
struct ReadRow {
    line: usize,
    key: std::result::Result<(IdentifierType, String), String>,
    print: u64,
    entry: std::result::Result<Entry, String>,
}

impl ReadRow {
    fn of(columns: &[Column], line: usize, cells: &Cells) -> ReadRow {
        let entry = directory::read_row(columns, cells);
        // The key is read again only when the row is refused (it may be the key's fault).
        let key = match &entry {
            Ok(e) => Ok((e.identifier_type, e.identifier.clone())),
            Err(_) => directory::read_key(columns, cells),
        };
        ReadRow {
            line,
            key,
            print: fingerprint(columns, cells),
            entry,
        }
    }
}

/// What a row says of its structure: rows of one structure must agree.
fn fingerprint(columns: &[Column], values: &Cells) -> u64 {
    let mut h = FxHasher::default();
    for (c, v) in columns.iter().zip(values.iter()) {
        if !c.is_service() {
            v.trim().hash(&mut h);
        }
    }
    h.finish()
}

impl Operation for ImportDirectory {
    type Output = ImportReport;
    const NAME: &'static str = "import-directory";

    fn execute(self, cx: &mut Context<'_>) -> Result<ImportReport> {
        cx.require_operator("import the directory")?;
        let columns = self
            .columns
            .iter()
            .map(|c| {
                Column::from_header(c).ok_or_else(|| {
                    Error::usage(
                        "directory_columns",
                        format!("unknown directory column: {}", error::excerpt(c)),
                    )
                    .hint(format!("known columns: {}", Column::names()))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // One read of what the store holds beats a query per structure on real directories.
        store::directory::bulk_cache(cx.db)?;
        let existing = store::directory::all_structures(cx.db)?;
        let existing_services = store::directory::public_services(cx.db)?;
        // Loading most of a directory at once (a first import): indexes are built at the end.
        let public = existing_services.len().max(
            existing
                .values()
                .filter(|r| r.structure.structure_type == StructureType::Publique)
                .count(),
        );
        let bulk = self.rows.len() >= BULK_ROWS && public * 2 < self.rows.len();
        // Only --atomic may have to undo what it wrote (a savepoint journals every page); it
        // comes first so that undoing also brings back the indexes a bulk load drops.
        if self.atomic {
            store::directory::savepoint(cx.db)?;
        }
        let indexes = if bulk {
            store::directory::drop_secondary_indexes(cx.db)?
        } else {
            Vec::new()
        };
        let db = cx.db;
        let mut import = Import {
            cx,
            inserts: bulk
                .then(|| store::directory::BulkInserts::new(db))
                .transpose()?,
            existing,
            existing_services,
            groups: HashMap::default(),
            seen_services: Vec::new(),
            kept: HashSet::default(),
            report: ImportReport::default(),
        };
        // Rows are read on another core while this one writes.
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<ReadRow>>(4);
        let order = order(&self.rows, &columns, bulk);
        let (rows, columns) = (&self.rows, &columns);
        std::thread::scope(|scope| -> Result<()> {
            scope.spawn(move || {
                for chunk in order.chunks(1024) {
                    let read = chunk.iter().map(|&i| {
                        let (line, cells) = &rows[i];
                        ReadRow::of(columns, *line, cells)
                    });
                    if sender.send(read.collect()).is_err() {
                        break;
                    }
                }
            });
            receiver
                .into_iter()
                .flatten()
                .try_for_each(|row| import.take(row))
        })?;
        import.inserts = None;
        if bulk {
            store::directory::create_indexes(cx.db, &indexes)?;
            store::directory::rebuild_search(cx.db)?;
        }
        if self.full {
            import.deactivate_missing(columns.contains(&Column::ServiceCode))?;
        }
        let Import {
            mut report,
            groups,
            existing,
            existing_services,
            ..
        } = import;
        // Freeing a quarter of a million rows takes a while: another thread does it while this
        // one commits.
        let leftovers = (self.rows, groups, existing, existing_services);
        std::thread::spawn(move || drop(leftovers));
        report.rejected.sort_by_key(|r| r.line);
        if self.atomic && !report.rejected.is_empty() {
            store::directory::rollback_to_savepoint(cx.db)?;
            return Ok(ImportReport {
                rejected: report.rejected,
                ..ImportReport::default()
            });
        }
        if self.atomic {
            store::directory::release_savepoint(cx.db)?;
        }
        cx.event(
            "directory.imported",
            None,
            None,
            "directory",
            &format!(
                "directory imported: {} added, {} updated, {} unchanged, {} deactivated, {} rejected",
                report.added,
                report.updated,
                report.unchanged,
                report.deactivated,
                report.rejected.len()
            ),
        )?;
        Ok(report)
    }
}

/// The order rows are taken in: the file's, or for a bulk load the identifiers' (the unique
/// index then grows at its end); a structure's rows keep their order.
fn order(rows: &[(usize, Cells)], columns: &[Column], bulk: bool) -> Vec<usize> {
    let at = columns.iter().position(|c| *c == Column::Identifier);
    match at.filter(|_| bulk) {
        None => (0..rows.len()).collect(),
        Some(at) => {
            let mut keyed: Vec<(&str, usize)> = (rows.iter().enumerate())
                .map(|(i, (_, cells))| (cells.get(at).unwrap_or("").trim(), i))
                .collect();
            keyed.sort_unstable();
            keyed.into_iter().map(|(_, i)| i).collect()
        }
    }
}

/// A row refused: why, and the structure of the store it names, which `--full` then leaves
/// alone with its services (a bad row is no reason to deactivate anything).
struct Refusal {
    reason: String,
    keep: Option<i64>,
}

fn refuse<T>(reason: String, keep: Option<i64>) -> Result<std::result::Result<T, Refusal>> {
    Ok(Err(Refusal { reason, keep }))
}

/// An import under way: what the store held, the structures met so far, the report.
struct Import<'c, 'a> {
    cx: &'c Context<'a>,
    /// A bulk load's prepared inserts.
    inserts: Option<store::directory::BulkInserts<'a>>,
    existing: HashMap<(IdentifierType, String), StructureRow>,
    existing_services: HashMap<i64, Vec<ServiceRow>>,
    groups: HashMap<(IdentifierType, String), std::result::Result<Group, String>>,
    seen_services: Vec<i64>,
    kept: HashSet<i64>,
    report: ImportReport,
}

impl Import<'_, '_> {
    /// Takes one row, or records why not.
    fn take(&mut self, row: ReadRow) -> Result<()> {
        let line = row.line;
        if let Err(Refusal { reason, keep }) = self.take_row(row)? {
            self.kept.extend(keep);
            // Reasons quote cells: a huge cell must not make a huge report.
            let reason = error::excerpt(&reason).into_owned();
            self.report.rejected.push(Rejected { line, reason });
        }
        Ok(())
    }

    fn take_row(&mut self, row: ReadRow) -> Result<std::result::Result<(), Refusal>> {
        let ReadRow {
            line,
            key,
            print,
            entry,
        } = row;
        let (kind, identifier) = match key {
            Ok(key) => key,
            Err(reason) => return refuse(reason, None),
        };
        // A structure's columns are taken from its first row; the next ones must repeat them.
        let (group, service) = match self.groups.entry((kind, identifier.clone())) {
            Slot::Occupied(slot) => match slot.into_mut() {
                Err(reason) => return refuse(reason.clone(), None),
                Ok(g) if g.fingerprint != print => {
                    let first = g.line;
                    let reason =
                        format!("the structure columns of {identifier} differ from line {first}");
                    return refuse(reason, Some(g.id));
                }
                Ok(g) => match entry {
                    Ok(entry) => (g, entry.service),
                    Err(reason) => return refuse(reason, Some(g.id)),
                },
            },
            Slot::Vacant(slot) => {
                let entry = match entry {
                    Ok(e) => e,
                    Err(reason) => {
                        return refuse(reason, self.existing.get(slot.key()).map(|r| r.id));
                    }
                };
                let found = self.existing.remove(slot.key());
                let inserts = self.inserts.as_mut();
                match upsert_structure(
                    self.cx,
                    &entry,
                    found,
                    inserts,
                    line,
                    print,
                    &mut self.report,
                )? {
                    Err(reason) => {
                        slot.insert(Err(reason.clone()));
                        return refuse(reason, None);
                    }
                    Ok(g) => (
                        slot.insert(Ok(g)).as_mut().expect("just inserted"),
                        entry.service,
                    ),
                }
            }
        };
        let Some(fields) = service else {
            return Ok(Ok(()));
        };
        let services = match &mut group.services {
            Some(s) => s,
            None => {
                let loaded: Vec<_> = (self.existing_services.remove(&group.id))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|r| (r.service.code.clone(), Known::Stored(r)))
                    .collect();
                group.services.insert(loaded)
            }
        };
        // A structure has a few services: a list beats a map.
        let known = services.iter_mut().find(|(code, _)| *code == fields.code);
        match known.map(|(_, k)| k) {
            Some(Known::Listed { line: first, .. }) => {
                let code = &fields.code;
                return refuse(
                    format!("service {code} of {identifier} is already on line {first}"),
                    None,
                );
            }
            Some(known) => {
                if let Known::Stored(row) = known {
                    self.seen_services.push(row.id);
                    if fields.apply_to(&mut row.service) {
                        row.service.updated_at = self.cx.now.clone();
                        store::services::update(self.cx.db, row.id, &row.service)?;
                        self.report.services_updated += 1;
                    }
                    let id = row.id;
                    *known = Known::Listed { id, line };
                }
            }
            None => {
                let mut service = Service {
                    structure: identifier,
                    code: fields.code.clone(),
                    name: fields.code.clone(),
                    active: true,
                    engagement_required: false,
                    payment_status_not_reported: false,
                    valid_from: None,
                    valid_to: None,
                    created_at: self.cx.now.clone(),
                    updated_at: self.cx.now.clone(),
                };
                fields.apply_to(&mut service);
                let id = match &mut self.inserts {
                    Some(bulk) => bulk.service(group.id, &service)?,
                    None => store::services::insert(self.cx.db, group.id, &service)?,
                };
                self.seen_services.push(id);
                self.report.services_added += 1;
                services.push((service.code, Known::Listed { id, line }));
            }
        }
        Ok(Ok(()))
    }

    /// `--full`: what the file did not list becomes inactive (services only when the file
    /// lists services), except what rejected rows named.
    fn deactivate_missing(&mut self, lists_services: bool) -> Result<()> {
        let mut seen: Vec<i64> = self.groups.values().flatten().map(|g| g.id).collect();
        seen.extend(&self.kept);
        // The services of kept structures, still in the store's list or already met.
        for id in &self.kept {
            let services = self.existing_services.remove(id).unwrap_or_default();
            self.seen_services.extend(services.iter().map(|r| r.id));
        }
        for g in self.groups.values().flatten() {
            if self.kept.contains(&g.id) {
                let known = g.services.iter().flatten().map(|(_, k)| k);
                self.seen_services.extend(known.map(|k| match k {
                    Known::Stored(r) => r.id,
                    Known::Listed { id, .. } => *id,
                }));
            }
        }
        let services = lists_services.then_some(self.seen_services.as_slice());
        let (s, v) =
            store::directory::deactivate_missing(self.cx.db, &seen, services, &self.cx.now)?;
        (self.report.deactivated, self.report.services_deactivated) = (s, v);
        Ok(())
    }
}

/// Adds or updates the structure a row names; a refusal is the reason its rows are rejected.
fn upsert_structure(
    cx: &Context<'_>,
    entry: &Entry,
    existing: Option<StructureRow>,
    inserts: Option<&mut store::directory::BulkInserts<'_>>,
    line: usize,
    fingerprint: u64,
    report: &mut ImportReport,
) -> Result<std::result::Result<Group, String>> {
    let Some(mut row) = existing else {
        let s = match new_structure(cx, entry) {
            Ok(s) => s,
            Err(reason) => return Ok(Err(reason)),
        };
        let id = match inserts {
            Some(bulk) => bulk.structure(&s)?,
            None => store::structures::insert(cx.db, &s)?,
        };
        report.added += 1;
        return Ok(Ok(Group {
            id,
            line,
            fingerprint,
            services: None,
        }));
    };
    if row.structure.structure_type != StructureType::Publique {
        return convert(cx, entry, row, line, fingerprint, report);
    }
    if entry.structure.apply_to(&mut row.structure) {
        row.structure.updated_at = cx.now.clone();
        store::structures::update(cx.db, row.id, &row.structure)?;
        report.updated += 1;
    } else {
        report.unchanged += 1;
    }
    Ok(Ok(Group {
        id: row.id,
        line,
        fingerprint,
        services: None,
    }))
}

/// A private structure on an identifier the directory lists becomes that public body: the
/// directory's data replace its own (as for a new structure), and whoever was attached to it
/// is detached, so that a squatter neither blocks the body nor keeps a hold on it. Its
/// services are kept and reconciled as any public structure's.
fn convert(
    cx: &Context<'_>,
    entry: &Entry,
    row: StructureRow,
    line: usize,
    fingerprint: u64,
    report: &mut ImportReport,
) -> Result<std::result::Result<Group, String>> {
    let Ok(mut s) = new_structure(cx, entry) else {
        return Ok(Err(format!(
            "name: required to make the private structure {} of this store the public body the directory lists",
            entry.identifier
        )));
    };
    s.created_at = row.structure.created_at;
    store::structures::update(cx.db, row.id, &s)?;
    store::structures::make_public(cx.db, row.id)?;
    let detached = store::attachments::detach_all(cx.db, row.id, &cx.actor_label(), &cx.now)?;
    cx.event(
        "structure.converted",
        Some(row.id),
        None,
        &s.identifier,
        &format!(
            "private structure {} became public from the directory (line {line}); detached: {}",
            s.identifier,
            if detached.is_empty() {
                "nobody".to_string()
            } else {
                detached.join(", ")
            }
        ),
    )?;
    report.converted.push(Converted {
        line,
        identifier: s.identifier,
        identifier_type: s.identifier_type,
        detached,
    });
    let services = store::services::rows(cx.db, row.id)?
        .into_iter()
        .map(|r| (r.service.code.clone(), Known::Stored(r)))
        .collect();
    Ok(Ok(Group {
        id: row.id,
        line,
        fingerprint,
        services: Some(services),
    }))
}

/// A public structure as the directory's row describes it; the name is required.
fn new_structure(cx: &Context<'_>, entry: &Entry) -> std::result::Result<Structure, String> {
    let Some(name) = entry.structure.name.clone().filter(|n| !n.is_empty()) else {
        return Err(format!(
            "name: required for a new structure ({} is not in the directory yet)",
            entry.identifier
        ));
    };
    let mut s = Structure {
        identifier: entry.identifier.clone(),
        identifier_type: entry.identifier_type,
        name,
        label: None,
        structure_type: StructureType::Publique,
        status: StructureStatus::Actif,
        address: Address {
            line: String::new(),
            postcode: String::new(),
            city: String::new(),
            country: "FR".into(),
        },
        service_required: false,
        engagement_required: false,
        service_or_engagement_required: false,
        payment_status_not_reported: false,
        created_at: cx.now.clone(),
        updated_at: cx.now.clone(),
    };
    entry.structure.apply_to(&mut s);
    Ok(s)
}

/// The directory entry of a public structure, with its services (active ones only, or all).
fn entry_of(cx: &Context<'_>, row: StructureRow, all_services: bool) -> Result<DirectoryEntry> {
    let services = store::services::rows(cx.db, row.id)?
        .into_iter()
        .map(|r| r.service)
        .filter(|s| all_services || s.active);
    Ok(DirectoryEntry::of(row.structure, services))
}

/// `directory lookup`: exact lookups, one answer per identifier, in order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LookupDirectory {
    pub identifiers: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lookup {
    /// The identifier as given.
    pub input: String,
    pub found: bool,
    #[serde(flatten)]
    pub entry: Option<DirectoryEntry>,
}

impl Operation for LookupDirectory {
    type Output = Vec<Lookup>;
    const NAME: &'static str = "lookup-directory";
    const WRITES: bool = false;
    /// The directory is public.
    const ANONYMOUS: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<Vec<Lookup>> {
        self.identifiers
            .into_iter()
            .map(|input| {
                let (kind, raw) = match input.trim().split_once(':') {
                    Some((t, id)) => match t.parse::<IdentifierType>() {
                        Ok(kind) => (Some(kind), id),
                        Err(_) => (None, input.trim()),
                    },
                    None => (None, input.trim()),
                };
                let id =
                    directory::normalize_identifier(kind.unwrap_or(IdentifierType::Siret), raw);
                let row = store::structures::by_identifier(cx.db, &id)?
                    .into_iter()
                    .find(|r| {
                        r.structure.structure_type == StructureType::Publique
                            && kind.is_none_or(|k| r.structure.identifier_type == k)
                    });
                let entry = row.map(|r| entry_of(cx, r, false)).transpose()?;
                Ok(Lookup {
                    input,
                    found: entry.is_some(),
                    entry,
                })
            })
            .collect()
    }
}

/// `directory search`: full-text search over names, labels and service names.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchDirectory {
    pub query: String,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub status: Option<StructureStatus>,
    pub limit: u32,
}

/// Words of a user's text as an FTS5 query: every word must appear; the last one may be the
/// start of a word (as typed). Quoting keeps FTS5 syntax out of the user's hands.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    let last = words.len().checked_sub(1)?;
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last {
                    format!("{w}*")
                } else {
                    w.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResult {
    pub entries: Vec<DirectoryEntry>,
    /// How many structures and services the words match, before filters and the limit.
    pub matches: i64,
}

impl Operation for SearchDirectory {
    type Output = SearchResult;
    const NAME: &'static str = "search-directory";
    const WRITES: bool = false;
    const ANONYMOUS: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<SearchResult> {
        let query = fts_query(&self.query).ok_or_else(|| {
            Error::usage(
                "search_query_empty",
                "the search needs at least one word (letters or digits)",
            )
        })?;
        let city = self.city.as_deref().map(fts_query).map(|q| {
            q.ok_or_else(|| Error::usage("search_city_empty", "--city needs at least one word"))
        });
        let city = city.transpose()?;
        let (rows, matches) = store::directory::search(
            cx.db,
            &store::directory::SearchFilter {
                query: &query,
                city: city.as_deref(),
                postcode_prefix: self.postcode.as_deref().map(str::trim),
                status: self.status,
                limit: self.limit,
            },
        )?;
        let entries = rows
            .into_iter()
            .map(|r| entry_of(cx, r, false))
            .collect::<Result<_>>()?;
        Ok(SearchResult { entries, matches })
    }
}

/// `directory export`: one page of the directory in identifier order; the command pages
/// through with `after` so that any size streams in constant memory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportDirectory {
    /// Continue after this `TYPE:IDENTIFIER` (the `next` of the previous page).
    pub after: Option<String>,
    pub changed_since: Option<String>,
    pub status: Option<StructureStatus>,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportPage {
    pub entries: Vec<DirectoryEntry>,
    /// Where the next page starts, when there may be one.
    pub next: Option<String>,
}

impl Operation for ExportDirectory {
    type Output = ExportPage;
    const NAME: &'static str = "export-directory";
    const WRITES: bool = false;
    const ANONYMOUS: bool = true;

    fn execute(self, cx: &mut Context<'_>) -> Result<ExportPage> {
        let after = match &self.after {
            None => None,
            Some(a) => {
                let (t, id) = a.split_once(':').ok_or_else(|| {
                    Error::usage(
                        "export_cursor",
                        format!("bad cursor '{a}' (TYPE:IDENTIFIER)"),
                    )
                })?;
                Some((
                    t.parse::<IdentifierType>()
                        .map_err(|e| Error::usage("export_cursor", e))?,
                    id,
                ))
            }
        };
        let page = store::directory::export_page(
            cx.db,
            &store::directory::ExportFilter {
                after,
                changed_since: self.changed_since.as_deref(),
                status: self.status,
                limit: self.limit,
            },
        )?;
        let next = (page.len() == self.limit as usize)
            .then(|| page.last())
            .flatten()
            .map(|(r, _)| format!("{}:{}", r.structure.identifier_type, r.structure.identifier));
        let entries = page
            .into_iter()
            .map(|(r, services)| {
                DirectoryEntry::of(r.structure, services.into_iter().map(|s| s.service))
            })
            .collect();
        Ok(ExportPage { entries, next })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_becomes_a_quoted_fts_query() {
        assert_eq!(
            fts_query("cotes d'armor").as_deref(),
            Some("\"cotes\" \"d\" \"armor\"*")
        );
        assert_eq!(fts_query("Côtes").as_deref(), Some("\"Côtes\"*"));
        assert_eq!(fts_query(" ' - "), None);
    }
}
