//! The catalogue of spaces (espaces) a structure can open, with stable codes.

use super::codes::StructureType;

pub struct Space {
    pub code: &'static str,
    pub name: &'static str,
    /// Opened when a structure is created.
    pub default_open: fn(StructureType) -> bool,
    /// The manager's and account spaces are always open.
    pub closable: bool,
}

fn always(_: StructureType) -> bool {
    true
}
fn never(_: StructureType) -> bool {
    false
}
fn public_only(t: StructureType) -> bool {
    t == StructureType::Publique
}

pub const SPACES: &[Space] = &[
    Space {
        code: "manager",
        name: "Activités du gestionnaire",
        default_open: always,
        closable: false,
    },
    Space {
        code: "my-account",
        name: "Mon compte",
        default_open: always,
        closable: false,
    },
    Space {
        code: "invoices-issued",
        name: "Factures émises",
        default_open: always,
        closable: true,
    },
    Space {
        code: "invoices-received",
        name: "Factures reçues",
        default_open: public_only,
        closable: true,
    },
    Space {
        code: "invoices-to-validate",
        name: "Factures à valider",
        default_open: never,
        closable: true,
    },
    Space {
        code: "works-invoices",
        name: "Factures de travaux",
        default_open: never,
        closable: true,
    },
    Space {
        code: "tickets-issued",
        name: "Sollicitations émises",
        default_open: always,
        closable: true,
    },
    Space {
        code: "tickets-received",
        name: "Sollicitations reçues",
        default_open: public_only,
        closable: true,
    },
    Space {
        code: "commitments",
        name: "Engagements juridiques",
        default_open: never,
        closable: true,
    },
    Space {
        code: "flows",
        name: "Flux",
        default_open: never,
        closable: true,
    },
    Space {
        code: "justice-fees",
        name: "Mémoires de frais de justice",
        default_open: never,
        closable: true,
    },
    Space {
        code: "tic-refunds",
        name: "Remboursement TIC",
        default_open: never,
        closable: true,
    },
];

pub fn find(code: &str) -> Option<&'static Space> {
    SPACES
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(code.trim()))
}

pub fn codes() -> String {
    SPACES.iter().map(|s| s.code).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_depend_on_structure_type() {
        let open = |t| {
            SPACES
                .iter()
                .filter(|s| (s.default_open)(t))
                .map(|s| s.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            open(StructureType::Privee),
            ["manager", "my-account", "invoices-issued", "tickets-issued"]
        );
        assert_eq!(
            open(StructureType::Publique),
            [
                "manager",
                "my-account",
                "invoices-issued",
                "invoices-received",
                "tickets-issued",
                "tickets-received"
            ]
        );
    }
}
