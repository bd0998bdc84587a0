//! The public directory (annuaire): its columns, the header spellings they are known by, and
//! the reading of one row (a structure, or a structure-service pair). No I/O.
//!
//! `directory import` reads these columns and `directory export` writes them, so an export
//! imports back unchanged. A column absent from a file leaves the stored value alone; a
//! present but empty cell means "no value" (or the default for flags).

use super::identifier::{check_identifier, check_service_code, check_text};
use super::{IdentifierType, Service, Structure, StructureStatus};

/// The directory's columns, in export order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Identifier,
    IdentifierType,
    Name,
    Label,
    Status,
    Address,
    Postcode,
    City,
    Country,
    ServiceRequired,
    EngagementRequired,
    ServiceOrEngagementRequired,
    PaymentStatusNotReported,
    ServiceCode,
    ServiceName,
    ServiceActive,
    ServiceEngagementRequired,
    ServicePaymentStatusNotReported,
    ServiceValidFrom,
    ServiceValidTo,
}

use Column as C;

/// Each column: its name (export header) and the other headers it is read from — the
/// official API field names and the portal export's headers — folded by [`fold`].
const COLUMNS: &[(Column, &str, &[&str])] = &[
    (
        C::Identifier,
        "identifier",
        &[
            "identifiant",
            "identifiantstructure",
            "siret",
            "codedestinataire",
            "identifiantdestinataire",
        ],
    ),
    (
        C::IdentifierType,
        "identifier_type",
        &[
            "typeidentifiant",
            "typeidentifiantstructure",
            "typedidentifiant",
        ],
    ),
    (
        C::Name,
        "name",
        &[
            "designationstructure",
            "designation",
            "raisonsociale",
            "raisonsocialestructure",
            "nomdestinataire",
            "nomstructure",
        ],
    ),
    (C::Label, "label", &["libellestructure", "libelle"]),
    (
        C::Status,
        "status",
        &["statut", "statutstructure", "etat", "etatstructure"],
    ),
    (
        C::Address,
        "address",
        &[
            "adresse",
            "adresseligne1",
            "adressepostale",
            "ligneadresse1",
        ],
    ),
    (
        C::Postcode,
        "postcode",
        &["codepostal", "adressecodepostal", "cp"],
    ),
    (C::City, "city", &["ville", "adresseville", "commune"]),
    (
        C::Country,
        "country",
        &["pays", "codepays", "adressecodepays"],
    ),
    (
        C::ServiceRequired,
        "service_required",
        &[
            "codeservicedoitetrerenseigne",
            "codeserviceobligatoire",
            "estserviceobligatoire",
            "serviceobligatoire",
        ],
    ),
    (
        C::EngagementRequired,
        "engagement_required",
        &[
            "numeroejdoitetrerenseigne",
            "engagementobligatoire",
            "numeroengagementobligatoire",
            "estengagementobligatoire",
            "ejobligatoire",
        ],
    ),
    (
        C::ServiceOrEngagementRequired,
        "service_or_engagement_required",
        &[
            "gestionnumeroejoucodeservice",
            "codeserviceouengagementobligatoire",
            "ejoucodeserviceobligatoire",
        ],
    ),
    (
        C::PaymentStatusNotReported,
        "payment_status_not_reported",
        &["statutmiseenpaiementnestpasremonte"],
    ),
    (
        C::ServiceCode,
        "service_code",
        &["codeservice", "codeserviceexecutant"],
    ),
    (
        C::ServiceName,
        "service_name",
        &[
            "libelleservice",
            "nomservice",
            "nomserviceexecutant",
            "designationservice",
        ],
    ),
    (
        C::ServiceActive,
        "service_active",
        &[
            "estactif",
            "serviceestactif",
            "statutservice",
            "serviceactif",
        ],
    ),
    (
        C::ServiceEngagementRequired,
        "service_engagement_required",
        &[
            "numeroengagement",
            "serviceengagementobligatoire",
            "engagementobligatoireservice",
            "servicenumeroejdoitetrerenseigne",
        ],
    ),
    (
        C::ServicePaymentStatusNotReported,
        "service_payment_status_not_reported",
        &["servicestatutmiseenpaiementnestpasremonte"],
    ),
    (
        C::ServiceValidFrom,
        "service_valid_from",
        &["datedbtservice", "datedebutservice", "servicedatedebut"],
    ),
    (
        C::ServiceValidTo,
        "service_valid_to",
        &["datefinservice", "servicedatefin"],
    ),
];

impl Column {
    pub const ALL: [Column; 20] = [
        C::Identifier,
        C::IdentifierType,
        C::Name,
        C::Label,
        C::Status,
        C::Address,
        C::Postcode,
        C::City,
        C::Country,
        C::ServiceRequired,
        C::EngagementRequired,
        C::ServiceOrEngagementRequired,
        C::PaymentStatusNotReported,
        C::ServiceCode,
        C::ServiceName,
        C::ServiceActive,
        C::ServiceEngagementRequired,
        C::ServicePaymentStatusNotReported,
        C::ServiceValidFrom,
        C::ServiceValidTo,
    ];

    /// Columns of the service part of a row.
    pub fn is_service(self) -> bool {
        self.name().starts_with("service_")
            && !matches!(self, C::ServiceRequired | C::ServiceOrEngagementRequired)
    }

    pub fn name(self) -> &'static str {
        COLUMNS
            .iter()
            .find(|(c, ..)| *c == self)
            .map_or("", |c| c.1)
    }

    /// The column a header names: its own name or an alias, whatever the case, accents,
    /// spaces and punctuation (`Code postal`, `codePostal` and `code_postal` are one).
    pub fn from_header(header: &str) -> Option<Column> {
        let folded = fold(header);
        COLUMNS
            .iter()
            .find(|(_, name, aliases)| fold(name) == folded || aliases.contains(&folded.as_str()))
            .map(|c| c.0)
    }

    /// Every accepted header, for messages.
    pub fn names() -> String {
        COLUMNS.iter().map(|c| c.1).collect::<Vec<_>>().join(", ")
    }
}

/// Lower case, without accents, letters and digits only.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(super::text::unaccent)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// A structure as a directory row sets it: `None` keeps what the store has (or the default
/// for a new structure).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StructureFields {
    pub name: Option<String>,
    pub label: Option<Option<String>>,
    pub status: Option<StructureStatus>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub service_required: Option<bool>,
    pub engagement_required: Option<bool>,
    pub service_or_engagement_required: Option<bool>,
    pub payment_status_not_reported: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceFields {
    pub code: String,
    pub name: Option<String>,
    pub active: Option<bool>,
    pub engagement_required: Option<bool>,
    pub payment_status_not_reported: Option<bool>,
    pub valid_from: Option<Option<String>>,
    pub valid_to: Option<Option<String>>,
}

/// One row read: the structure it names, what it sets, and its service if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub identifier: String,
    pub identifier_type: IdentifierType,
    pub structure: StructureFields,
    pub service: Option<ServiceFields>,
}

/// Sets `field` to `value` when given; says whether it changed.
fn set<T: PartialEq + Clone>(field: &mut T, value: &Option<T>) -> bool {
    match value {
        Some(v) if v != field => {
            *field = v.clone();
            true
        }
        _ => false,
    }
}

impl StructureFields {
    /// Applies what the row sets; true when the structure changed.
    pub fn apply_to(&self, s: &mut Structure) -> bool {
        // `|` rather than `||`: every field is applied.
        set(&mut s.name, &self.name)
            | set(&mut s.label, &self.label)
            | set(&mut s.status, &self.status)
            | set(&mut s.address.line, &self.address)
            | set(&mut s.address.postcode, &self.postcode)
            | set(&mut s.address.city, &self.city)
            | set(&mut s.address.country, &self.country)
            | set(&mut s.service_required, &self.service_required)
            | set(&mut s.engagement_required, &self.engagement_required)
            | set(
                &mut s.service_or_engagement_required,
                &self.service_or_engagement_required,
            )
            | set(
                &mut s.payment_status_not_reported,
                &self.payment_status_not_reported,
            )
    }
}

impl ServiceFields {
    /// Applies what the row sets; true when the service changed.
    pub fn apply_to(&self, s: &mut Service) -> bool {
        set(&mut s.name, &self.name)
            | set(&mut s.active, &self.active)
            | set(&mut s.engagement_required, &self.engagement_required)
            | set(
                &mut s.payment_status_not_reported,
                &self.payment_status_not_reported,
            )
            | set(&mut s.valid_from, &self.valid_from)
            | set(&mut s.valid_to, &self.valid_to)
    }
}

/// A directory identifier as written by hand or by a spreadsheet: spaces removed, and a SIRET
/// that lost its leading zeros (stored as a number) padded back to 14 digits.
pub fn normalize_identifier(kind: IdentifierType, raw: &str) -> String {
    let id = raw.trim();
    if kind != IdentifierType::Siret {
        return id.to_string();
    }
    let id: String = id.chars().filter(|c| !c.is_whitespace()).collect();
    if !id.is_empty() && id.len() < 14 && id.bytes().all(|b| b.is_ascii_digit()) {
        format!("{id:0>14}")
    } else {
        id
    }
}

/// Flags: true/false, 1/0, oui/non, yes/no, o/n, vrai/faux, x; empty is false.
pub fn parse_flag(column: Column, value: &str) -> Result<bool, String> {
    const YES: &[&str] = &[
        "true", "1", "oui", "yes", "o", "y", "vrai", "x", "actif", "active",
    ];
    const NO: &[&str] = &[
        "false", "0", "non", "no", "n", "faux", "", "inactif", "inactive",
    ];
    let v = value.trim();
    let is = |words: &[&str]| words.iter().any(|w| v.eq_ignore_ascii_case(w));
    if is(YES) {
        Ok(true)
    } else if is(NO) {
        Ok(false)
    } else {
        Err(format!(
            "{}: '{value}' is not a yes/no value (true/false, 1/0, oui/non)",
            column.name()
        ))
    }
}

/// Dates: ISO `2026-11-23` (a time after it is dropped) or French `23/11/2026`.
pub fn parse_date(column: Column, value: &str) -> Result<Option<String>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let iso = match v.split(['/', '.']).collect::<Vec<_>>()[..] {
        [d, m, y] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => v.get(..10).unwrap_or(v).to_string(),
    };
    iso.parse::<jiff::civil::Date>()
        .map(|d| Some(d.to_string()))
        .map_err(|_| {
            format!(
                "{}: '{value}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
                column.name()
            )
        })
}

fn text(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// One row's cells in one buffer: a directory has a quarter of a million rows, and a
/// `Vec<String>` each would cost twenty allocations a row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cells {
    text: String,
    ends: Vec<u32>,
}

impl Cells {
    pub fn new<'a>(cells: impl IntoIterator<Item = &'a str>) -> Cells {
        let mut out = Cells::default();
        for cell in cells {
            out.text.push_str(cell);
            out.ends.push(out.text.len() as u32);
        }
        out
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(&self.text[start..end])
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

impl serde::Serialize for Cells {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> serde::Deserialize<'de> for Cells {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let cells = Vec::<String>::deserialize(d)?;
        Ok(Cells::new(cells.iter().map(String::as_str)))
    }
}

/// The cell of a column, when the file has it.
fn cell<'a>(columns: &[Column], values: &'a Cells, c: Column) -> Option<&'a str> {
    columns
        .iter()
        .position(|x| *x == c)
        .map(|i| values.get(i).unwrap_or(""))
}

/// The structure a row names: its identifier type and (normalized, checked) identifier.
pub fn read_key(columns: &[Column], values: &Cells) -> Result<(IdentifierType, String), String> {
    if values.len() != columns.len() {
        return Err(format!(
            "the row has {} field(s) and the header {}",
            values.len(),
            columns.len()
        ));
    }
    let get = |c: Column| cell(columns, values, c);
    let identifier_type = match get(C::IdentifierType).map(str::trim) {
        None | Some("") => IdentifierType::Siret,
        Some(t) => t.parse().map_err(|e| format!("identifier_type: {e}"))?,
    };
    let raw = get(C::Identifier).unwrap_or_default();
    if raw.trim().is_empty() {
        return Err("identifier: empty".into());
    }
    if raw.contains(['E', 'e']) && raw.contains(['.', ',']) {
        return Err(format!(
            "identifier: '{raw}' was written in scientific notation by a spreadsheet and lost \
             digits; format the column as text and export again"
        ));
    }
    let identifier = normalize_identifier(identifier_type, raw);
    check_identifier(identifier_type, &identifier).map_err(|v| v.message)?;
    Ok((identifier_type, identifier))
}

/// Reads one row whose cells are in `columns` order. The reason names the column and the
/// rule when the row cannot be taken.
pub fn read_row(columns: &[Column], values: &Cells) -> Result<Entry, String> {
    let (identifier_type, identifier) = read_key(columns, values)?;
    let get = |c: Column| cell(columns, values, c);
    let flag = |c: Column| get(c).map(|v| parse_flag(c, v)).transpose();
    let status = match get(C::Status).map(str::trim) {
        None => None,
        Some("") => Some(StructureStatus::Actif),
        Some(s) => Some(s.parse().map_err(|e| format!("status: {e}"))?),
    };
    let name = get(C::Name).map(|n| n.trim().to_string());
    if let Some(n) = &name {
        check_text("name", n, 100).map_err(|v| v.message)?;
    }
    let country = get(C::Country).map(|c| match c.trim() {
        "" => "FR".to_string(),
        c => c.to_ascii_uppercase(),
    });
    if let Some(c) = &country
        && !(c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return Err(format!(
            "country: '{c}' must be a 2-letter ISO code such as FR"
        ));
    }
    let structure = StructureFields {
        name,
        label: get(C::Label).map(text),
        status,
        address: get(C::Address).map(|v| v.trim().to_string()),
        postcode: get(C::Postcode).map(|v| v.trim().to_string()),
        city: get(C::City).map(|v| v.trim().to_string()),
        country,
        service_required: flag(C::ServiceRequired)?,
        engagement_required: flag(C::EngagementRequired)?,
        service_or_engagement_required: flag(C::ServiceOrEngagementRequired)?,
        payment_status_not_reported: flag(C::PaymentStatusNotReported)?,
    };
    Ok(Entry {
        identifier,
        identifier_type,
        structure,
        service: read_service(columns, values)?,
    })
}

/// The service part of a row, if it names one.
fn read_service(columns: &[Column], values: &Cells) -> Result<Option<ServiceFields>, String> {
    let get = |c: Column| cell(columns, values, c);
    let flag = |c: Column| get(c).map(|v| parse_flag(c, v)).transpose();
    let date = |c: Column| get(c).map(|v| parse_date(c, v)).transpose();
    Ok(match get(C::ServiceCode).map(str::trim) {
        None | Some("") => None,
        Some(code) => {
            check_service_code(code).map_err(|v| v.message)?;
            let name = get(C::ServiceName).map(|n| n.trim().to_string());
            if let Some(n) = &name {
                check_text("service_name", n, 100).map_err(|v| v.message)?;
            }
            let service = ServiceFields {
                code: code.to_string(),
                name,
                // An empty cell keeps services active: a blank column is no deactivation.
                active: match get(C::ServiceActive) {
                    Some(v) if v.trim().is_empty() => Some(true),
                    _ => flag(C::ServiceActive)?,
                },
                engagement_required: flag(C::ServiceEngagementRequired)?,
                payment_status_not_reported: flag(C::ServicePaymentStatusNotReported)?,
                valid_from: date(C::ServiceValidFrom)?,
                valid_to: date(C::ServiceValidTo)?,
            };
            if let (Some(Some(from)), Some(Some(to))) = (&service.valid_from, &service.valid_to)
                && to < from
            {
                return Err(format!(
                    "service_valid_to: {to} is before service_valid_from {from}"
                ));
            }
            Some(service)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_in_every_spelling() {
        for (header, column) in [
            ("identifier", C::Identifier),
            ("Identifiant", C::Identifier),
            ("identifiantStructure", C::Identifier),
            ("Raison sociale", C::Name),
            ("designationStructure", C::Name),
            ("Libellé", C::Label),
            ("Code postal", C::Postcode),
            ("codeServiceDoitEtreRenseigne", C::ServiceRequired),
            ("numeroEJDoitEtreRenseigne", C::EngagementRequired),
            (
                "gestionNumeroEJOuCodeService",
                C::ServiceOrEngagementRequired,
            ),
            ("codeService", C::ServiceCode),
            ("libelleService", C::ServiceName),
            ("service_valid_from", C::ServiceValidFrom),
            ("dateDbtService", C::ServiceValidFrom),
        ] {
            assert_eq!(Column::from_header(header), Some(column), "{header}");
        }
        assert_eq!(Column::from_header("colour"), None);
        for c in Column::ALL {
            assert_eq!(Column::from_header(c.name()), Some(c));
        }
    }

    #[test]
    fn lost_leading_zeros_are_restored() {
        assert_eq!(
            normalize_identifier(IdentifierType::Siret, " 1234567800017"),
            "01234567800017"
        );
        assert_eq!(
            normalize_identifier(IdentifierType::Siret, "217 300 656 00014"),
            "21730065600014"
        );
        assert_eq!(normalize_identifier(IdentifierType::Ridet, "0123"), "0123");
    }

    #[test]
    fn a_row_reads_or_names_its_fault() {
        let columns = [C::Identifier, C::Name, C::ServiceCode, C::ServiceActive];
        let row = |v: &[&str]| read_row(&columns, &Cells::new(v.iter().copied()));
        let e = row(&["21730065600014", "VILLE DE CHAMBERY", "COMPTA", "oui"]).unwrap();
        assert_eq!(e.structure.name.as_deref(), Some("VILLE DE CHAMBERY"));
        assert_eq!(e.structure.status, None, "no status column: keep");
        assert_eq!(e.service.unwrap().active, Some(true));
        assert!(
            row(&["21730065600015", "X", "", ""])
                .unwrap_err()
                .contains("check digit")
        );
        assert!(
            row(&["2.17300656E+13", "X", "", ""])
                .unwrap_err()
                .contains("scientific")
        );
        assert!(
            row(&["21730065600014", "X", "compta", ""])
                .unwrap_err()
                .contains("service code")
        );
        assert!(
            row(&["21730065600014", "X", "C", "peut-être"])
                .unwrap_err()
                .contains("service_active")
        );
        assert!(
            row(&["21730065600014", "", "", ""])
                .unwrap_err()
                .contains("name")
        );
        let dated = [
            C::Identifier,
            C::ServiceCode,
            C::ServiceValidFrom,
            C::ServiceValidTo,
        ];
        let dated = |v: &[&str]| read_row(&dated, &Cells::new(v.iter().copied()));
        let id = "21730065600014";
        assert!(
            dated(&[id, "C", "2026-12-31", "2026-01-01"])
                .unwrap_err()
                .contains("before")
        );
        assert!(
            dated(&[id, "C", "31/02/2026", ""])
                .unwrap_err()
                .contains("service_valid_from")
        );
    }

    #[test]
    fn dates_in_iso_or_french_form() {
        assert_eq!(
            parse_date(C::ServiceValidTo, "31/12/2026")
                .unwrap()
                .as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(
            parse_date(C::ServiceValidTo, "2026-01-05 10:00")
                .unwrap()
                .as_deref(),
            Some("2026-01-05")
        );
        assert_eq!(parse_date(C::ServiceValidTo, "").unwrap(), None);
        assert!(parse_date(C::ServiceValidTo, "2026-13-01").is_err());
    }
}
