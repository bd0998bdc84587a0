//! BR-FR-01 … BR-FR-32: identifiers, dates, codes, notes, parties and electronic addresses.
//! `cii` and `ubl` find the values each syntax's schematron looks at (its contexts differ, and
//! so do some of its ids: `BR-FR-01_BT-1` in CII is `BR-FR-01_BT-1-1` in UBL); the findings,
//! one builder per rule, are here, and the code lists in [`super::codes`].

use crate::domain::en16931::Finding;
use crate::facturx::xml::{Document, N, Ns};

use super::codes;

mod cii;
mod select;
mod ubl;

pub fn check(_doc: &Document, root: N, out: &mut Vec<Finding>) {
    match root.ns() {
        Ns::Rsm => cii::check(root, out),
        Ns::UblInvoice | Ns::UblCreditNote => ubl::check(root, out),
        _ => {}
    }
}

/// A value as a message shows it: quoted, cut after 40 characters.
fn shown(v: &str) -> String {
    match v.char_indices().nth(40) {
        Some((i, _)) => format!("\"{}…\"", &v[..i]),
        None => format!("\"{v}\""),
    }
}

fn shown_opt(v: Option<&str>) -> String {
    v.map_or_else(|| "none".to_string(), shown)
}

/// BR-FR-01, BR-FR-25, BR-FR-26: a value of at most `max` characters.
fn max_length(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str, max: usize) {
    let len = v.chars().count();
    if len > max {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) is {len} characters long, over {max}: {}; shorten it",
                shown(v)
            ),
        ));
    }
}

/// BR-FR-02: an invoice identifier of letters, digits and `+ - _ /` only.
fn id_format(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str) {
    if !codes::is_id_format(v) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) {} has characters the French rules refuse: use only letters, digits and + - _ /, no space",
                shown(v)
            ),
        ));
    }
}

/// BR-FR-03: a real date of the years 2000 to 2099, in the syntax's format.
fn date(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str, ubl: bool) {
    let (ok, format) = if ubl {
        (codes::is_ubl_date(v), "YYYY-MM-DD")
    } else {
        (codes::is_cii_date(v), "YYYYMMDD")
    };
    if !ok {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) {} is not a real date of the years 2000 to 2099 written {format}",
                shown(v)
            ),
        ));
    }
}

/// BR-FR-04: a document type code of the French list.
fn type_code(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str) {
    if !codes::is_document_type(v) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) {} is not one the French rules accept (380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502, 503)",
                shown(v)
            ),
        ));
    }
}

/// What a mandatory note says, by subject code (BR-FR-05, BR-FR-06).
fn note_meaning(code: &str) -> &'static str {
    match code {
        "PMT" => "the fixed recovery fee",
        "PMD" => "the late payment penalties",
        "AAB" => "the early payment discount or its absence",
        _ => "the tax mention",
    }
}

/// BR-FR-05: the note with subject code `code` is missing.
fn missing_note(out: &mut Vec<Finding>, rule: &str, code: &str) {
    out.push(Finding::error(
        rule,
        "BT-22",
        format!(
            "no invoice note (BG-1) with subject code {code}: French invoices must state {} in one",
            note_meaning(code)
        ),
    ));
}

/// BR-FR-06: the note with subject code `code` appears `count` times, over once.
fn repeated_note(out: &mut Vec<Finding>, rule: &str, code: &str, count: usize) {
    if count > 1 {
        out.push(Finding::error(
            rule,
            "BT-21",
            format!(
                "{count} invoice notes (BG-1) have subject code {code} ({}): keep one",
                note_meaning(code)
            ),
        ));
    }
}

/// BR-FR-08: the billing mode (BT-23) is present and of the French list.
fn billing_mode(out: &mut Vec<Finding>, v: Option<&str>) {
    if !v.is_some_and(codes::is_billing_mode) {
        out.push(Finding::error(
            "BR-FR-08_BT-23",
            "BT-23",
            format!(
                "the billing mode (BT-23, business process) is {}: French invoices need one of B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9",
                shown_opt(v)
            ),
        ));
    }
}

/// BR-FR-09: a party's SIRET (scheme 0009), when there is one, has 14 digits and starts with
/// its SIREN.
fn siret_siren(out: &mut Vec<Finding>, rule: &str, field: &str, siret: &str, siren: Option<&str>) {
    if !codes::siret_matches_siren(siret, siren) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the SIRET ({field}, scheme 0009) {} must be 14 digits starting with the party's SIREN ({})",
                shown(siret),
                shown_opt(siren)
            ),
        ));
    }
}

/// BR-FR-10: the seller's SIREN (BT-30, scheme 0002) is present and nine digits.
fn seller_siren(out: &mut Vec<Finding>, rule: &str, siren: Option<&str>) {
    if !siren.is_some_and(|s| codes::is_nine_digits(&codes::normalize_space(s))) {
        out.push(Finding::error(
            rule,
            "BT-30",
            format!(
                "the seller's SIREN (BT-30, legal registration identifier with scheme 0002) is {}: it is required, nine digits",
                shown_opt(siren)
            ),
        ));
    }
}

/// BR-FR-11: a B2B invoice names the buyer's SIREN (BT-47), nine digits.
fn buyer_siren(out: &mut Vec<Finding>, siren: Option<&str>) {
    out.push(Finding::error(
        "BR-FR-11_BT-47",
        "BT-47",
        format!(
            "the invoice is B2B (note BAR) but the buyer's SIREN (BT-47, legal registration identifier with scheme 0002) is {}: give it, nine digits",
            shown_opt(siren)
        ),
    ));
}

/// BR-FR-12, BR-FR-13: a party's electronic address is required.
fn missing_endpoint(out: &mut Vec<Finding>, rule: &str, field: &str, party: &str) {
    out.push(Finding::error(
        rule,
        field,
        format!(
            "the {party}'s electronic address ({field}) is missing: the French rules require it"
        ),
    ));
}

/// BR-FR-15: a VAT category code of the French list, and not L or M.
fn vat_category(
    out: &mut Vec<Finding>,
    rules: (&str, &str),
    field: &str,
    code: Option<&str>,
    may_lack: bool,
) {
    let valid = match code {
        Some(c) => codes::is_vat_category(c),
        None => may_lack,
    };
    if !valid {
        out.push(Finding::error(
            rules.0,
            field,
            format!(
                "the VAT category code ({field}) is {}: use S, E, AE, K, G, O or Z",
                shown_opt(code)
            ),
        ));
    }
    if let Some(c) = code.filter(|c| codes::is_not_in_france_category(c)) {
        out.push(Finding::error(
            rules.1,
            field,
            format!("the VAT category code ({field}) is {c}: L and M (Canary Islands, Ceuta and Melilla) do not apply in France"),
        ));
    }
}

/// BR-FR-16: a VAT rate, when given, of the French list, written as a plain percentage.
fn vat_rate(out: &mut Vec<Finding>, rule: &str, field: &str, rate: &str) {
    if !codes::is_vat_rate(rate) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the VAT rate ({field}) {} is not a French rate written as a percentage without % (0, 2.1, 5.5, 8.5, 10, 13, 20…, at most two decimals)",
                shown(rate)
            ),
        ));
    }
}

/// BR-FR-17: an attachment's description (BT-123) is a code of the French list.
fn attachment_code(out: &mut Vec<Finding>, code: &str) {
    if !codes::is_attachment_code(code) {
        out.push(Finding::error(
            "BR-FR-17_BT-123",
            "BT-123",
            format!(
                "the supporting document description (BT-123) {} is not a French attachment code (RIB, LISIBLE, FEUILLE_DE_STYLE, PJA, BORDEREAU_SUIVI, DOCUMENT_ANNEXE, BON_LIVRAISON, BON_COMMANDE, BORDEREAU_SUIVI_VALIDATION, ETAT_ACOMPTE, FACTURE_PAIEMENT_DIRECT, RECAPITULATIF_COTRAITANCE)",
                shown(code)
            ),
        ));
    }
}

/// BR-FR-18: at most one attachment is the readable copy (LISIBLE).
fn readable_copies(out: &mut Vec<Finding>, count: usize) {
    if count > 1 {
        out.push(Finding::error(
            "BR-FR-18_BT-123",
            "BT-123",
            format!("{count} supporting documents (BG-24) are described LISIBLE: keep one"),
        ));
    }
}

/// BR-FR-20: the note BAR says one of the French treatments.
fn bar_treatment(out: &mut Vec<Finding>, v: Option<&str>) {
    out.push(Finding::error(
        "BR-FR-20_BT-21",
        "BT-21",
        format!(
            "the note with subject code BAR says {}: use one of {}",
            shown_opt(v),
            codes::BAR_TREATMENTS.join(", ")
        ),
    ));
}

/// BR-FR-21, BR-FR-22: on a B2B invoice, the party that receives it has an electronic address
/// of scheme 0225 starting with its SIREN.
fn b2b_endpoint(
    out: &mut Vec<Finding>,
    rule: &str,
    field: &str,
    party: &str,
    endpoint: Option<&str>,
    scheme: Option<&str>,
    siren: Option<&str>,
) {
    let starts = endpoint.unwrap_or("").starts_with(siren.unwrap_or(""));
    if !(starts && scheme == Some("0225")) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the invoice is B2B (note BAR): the {party}'s electronic address ({field}) {} (scheme {}) must have scheme 0225 and start with the {party}'s SIREN {}",
                shown_opt(endpoint),
                shown_opt(scheme),
                shown_opt(siren)
            ),
        ));
    }
}

/// BR-FR-23, BR-FR-24: an electronic address or private identifier of letters, digits and
/// `+ - _ .` only.
fn scheme_format(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str) {
    if !codes::is_scheme_id_format(v) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) {} has characters the French rules refuse: use only letters, digits and + - _ .",
                shown(v)
            ),
        ));
    }
}

/// BR-FR-27, BR-FR-29, BR-FR-30: a value that must not be blank.
fn blank(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str) {
    if codes::normalize_space(v).is_empty() {
        out.push(Finding::error(
            rule,
            field,
            format!("the {what} ({field}) is empty: fill it in or remove the element"),
        ));
    }
}

/// BR-FR-27: an item attribute (BG-32) has a name or a code.
fn unnamed_attribute(out: &mut Vec<Finding>) {
    out.push(Finding::error(
        "BR-FR-27_BG-32",
        "BG-32",
        "an item attribute (BG-32) has neither a name (BT-160) nor a code (EXT-FR-FE-159): give one",
    ));
}

/// BR-FR-27: an item attribute is named (BT-160) or coded (EXT-FR-FE-159), and neither blank.
fn attribute_names(out: &mut Vec<Finding>, names: &[&str], codes: &[&str]) {
    if names.is_empty() && codes.is_empty() {
        unnamed_attribute(out);
    }
    for n in names {
        blank(out, "BR-FR-27_BT-160", "BT-160", "item attribute name", n);
    }
    for c in codes {
        blank(
            out,
            "BR-FR-27_EXT-FR-FE-159",
            "EXT-FR-FE-159",
            "item attribute code",
            c,
        );
    }
}

/// BR-FR-28: an item attribute has a value or a measure with its unit, not both.
fn attribute_value(out: &mut Vec<Finding>, value: bool, measure: bool, unit: bool) {
    let valid = if value { !measure } else { unit };
    if !valid {
        let found = match (value, measure) {
            (true, true) => "both a value and a measure",
            (false, true) => "a measure without unit",
            _ => "no value",
        };
        out.push(Finding::error(
            "BR-FR-28-Value",
            "BT-161",
            format!("an item attribute (BG-32) has {found}: give either a value (BT-161) or a measure with its unit code"),
        ));
    }
}

/// BR-FR-29, BR-FR-30: the invoiced object identifiers of schemes AFL and AVV appear at most
/// once each.
fn object_ids(out: &mut Vec<Finding>, rule: &str, field: &str, afl: usize, avv: usize) {
    if afl > 1 || avv > 1 {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the invoiced object identifiers ({field}) have scheme AFL {afl} times and AVV {avv} times: at most once each"
            ),
        ));
    }
}

/// BR-FR-31: at most one note BAR carries a treatment.
fn repeated_bar(out: &mut Vec<Finding>, rule: &str, count: usize) {
    if count > 1 {
        out.push(Finding::error(
            rule,
            "BT-21",
            format!("{count} notes with subject code BAR give a treatment (B2B, B2C…): keep one"),
        ));
    }
}

/// BR-FR-32: a SIREN (scheme 0002, or 0231 for identifiers) is nine digits.
fn nine_digits(out: &mut Vec<Finding>, rule: &str, field: &str, what: &str, v: &str) {
    if !codes::is_nine_digits(&codes::normalize_space(v)) {
        out.push(Finding::error(
            rule,
            field,
            format!(
                "the {what} ({field}) {} must be nine digits (a SIREN)",
                shown(v)
            ),
        ));
    }
}

#[cfg(test)]
pub(super) mod tests;
