//! The schematron's rule contexts as element paths: `ram:A/ram:B` is any `B` whose parent is an
//! `A` (an XSLT `match`), `/ram:A/ram:B` a `B` under an `A` that is a child of the root element.
//! Values are read raw, as XPath's string value of a leaf element: not trimmed.

use crate::facturx::xml::{N, Ns};

fn prefix_ns(prefix: &str) -> Ns {
    match prefix {
        "rsm" => Ns::Rsm,
        "ram" => Ns::Ram,
        "udt" => Ns::Udt,
        "qdt" => Ns::Qdt,
        "cbc" => Ns::Cbc,
        "cac" => Ns::Cac,
        other => unreachable!("no namespace prefix {other} in the fr-ctc paths"),
    }
}

fn steps(pattern: &str) -> Vec<(Ns, &str)> {
    pattern
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let (prefix, local) = s.split_once(':').expect("prefixed step");
            (prefix_ns(prefix), local)
        })
        .collect()
}

/// Every element `pattern` selects below `root`, in document order, each with its nearest
/// ancestors: the last `keep` elements of its path, the element last (bounded, so that a deeply
/// nested document costs no more than a flat one).
pub fn chains<'a, 'i>(root: N<'a, 'i>, pattern: &str, keep: usize) -> Vec<Vec<N<'a, 'i>>> {
    let anchored = pattern.starts_with('/');
    let steps = steps(pattern);
    let fits = |n: &N, (ns, name): &(Ns, &str)| n.ns() == *ns && n.name() == *name;
    let mut out = Vec::new();
    let mut chain: Vec<N> = Vec::new();
    let mut stack = vec![(root, 0usize)];
    while let Some((n, depth)) = stack.pop() {
        chain.truncate(depth);
        chain.push(n);
        let below_root = &chain[1..];
        if anchored {
            // Only the path itself is walked: the prefix so far must fit.
            if !below_root.iter().zip(&steps).all(|(n, s)| fits(n, s)) {
                continue;
            }
            if below_root.len() == steps.len() {
                out.push(tail(&chain, keep));
                continue;
            }
        } else if below_root.len() >= steps.len()
            && below_root[below_root.len() - steps.len()..]
                .iter()
                .zip(&steps)
                .all(|(n, s)| fits(n, s))
        {
            out.push(tail(&chain, keep));
        }
        let children: Vec<N> = n.children().collect();
        stack.extend(children.into_iter().rev().map(|c| (c, depth + 1)));
    }
    out
}

fn tail<'a, 'i>(chain: &[N<'a, 'i>], keep: usize) -> Vec<N<'a, 'i>> {
    chain[chain.len().saturating_sub(keep)..].to_vec()
}

/// Every element `pattern` selects below `root`, in document order.
pub fn all<'a, 'i>(root: N<'a, 'i>, pattern: &str) -> Vec<N<'a, 'i>> {
    chains(root, pattern, 1)
        .into_iter()
        .filter_map(|c| c.last().copied())
        .collect()
}

/// The first element `pattern` selects.
pub fn first<'a, 'i>(root: N<'a, 'i>, pattern: &str) -> Option<N<'a, 'i>> {
    all(root, pattern).into_iter().next()
}

/// The raw text of an element ("" when empty), as XPath compares it.
pub fn raw<'a>(n: N<'a, '_>) -> &'a str {
    n.text().unwrap_or("")
}

/// The raw text of the first element `pattern` selects, if there is one.
pub fn value<'a>(root: N<'a, '_>, pattern: &str) -> Option<&'a str> {
    first(root, pattern).map(raw)
}

/// Whether the element has the attribute `name` with exactly `value` (`[@schemeID='0009']`).
pub fn has_attr(n: N, name: &str, value: &str) -> bool {
    n.attribute(name) == Some(value)
}

/// The elements of `nodes` with the attribute `name` = `value`.
pub fn with_attr<'a, 'i>(nodes: Vec<N<'a, 'i>>, name: &str, value: &str) -> Vec<N<'a, 'i>> {
    nodes
        .into_iter()
        .filter(|n| has_attr(*n, name, value))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facturx::xml::Document;

    const XML: &str = r#"<r:Root xmlns:r="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
        xmlns:a="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
        <a:X><a:ID>1</a:ID><a:ID>2</a:ID></a:X>
        <a:Y><a:X><a:ID>3</a:ID></a:X></a:Y>
        </r:Root>"#;

    #[test]
    fn relative_paths_match_anywhere_anchored_ones_below_the_root() {
        let doc = Document::parse(XML, 1000).unwrap();
        let root = doc.root_element();
        let texts = |p| all(root, p).into_iter().map(raw).collect::<Vec<_>>();
        assert_eq!(texts("ram:X/ram:ID"), ["1", "2", "3"]);
        assert_eq!(texts("/ram:X/ram:ID"), ["1", "2"]);
        assert_eq!(texts("/ram:Y/ram:X/ram:ID"), ["3"]);
        assert!(texts("/ram:ID").is_empty());
    }
}
