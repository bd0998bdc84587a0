//! Tickets (sollicitations): the categories and where each goes, the statuses, the records.
//! Pure rules, no I/O.

use serde::{Deserialize, Serialize};

use super::invoice::{FileRef, PartyRef};

code_enum!(
    /// Where a ticket stands: a draft, awaiting the addressee, awaiting the requester, closed.
    TicketStatus {
        Brouillon = "BROUILLON",
        EnCours = "EN_COURS",
        ActionRequise = "ACTION_REQUISE",
        Cloturee = "CLOTUREE",
    }
);

/// Who a sub-category's tickets go to, and what they must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Routing {
    /// An invoice (or works piece) the requester sees; goes to its recipient structure.
    Invoice,
    /// A public structure (`--structure`); goes to its « Sollicitations reçues ».
    Structure,
    /// Chorus support: the operator answers.
    Support,
}

#[derive(Debug)]
pub struct Subcategory {
    pub code: &'static str,
    pub label: &'static str,
    pub routing: Routing,
}

#[derive(Debug)]
pub struct Category {
    pub code: &'static str,
    pub label: &'static str,
    pub subcategories: &'static [Subcategory],
}

const fn sub(code: &'static str, label: &'static str, routing: Routing) -> Subcategory {
    Subcategory {
        code,
        label,
        routing,
    }
}

pub const CATEGORIES: &[Category] = &[
    Category {
        code: "FACTURES_EMISES",
        label: "Factures émises",
        subcategories: &[
            sub("REJET_FACTURE", "Rejet d'une facture", Routing::Invoice),
            sub(
                "MONTANT_PAYE_DIFFERENT",
                "Montant payé différent",
                Routing::Invoice,
            ),
            sub("SUSPENSION", "Suspension", Routing::Invoice),
            sub(
                "INTERETS_MORATOIRES",
                "Intérêts moratoires",
                Routing::Invoice,
            ),
            sub("DELAIS_PAIEMENT", "Délais de paiement", Routing::Invoice),
            sub(
                "ERREUR_DESTINATAIRE",
                "Erreur destinataire",
                Routing::Invoice,
            ),
            sub(
                "QUESTION_ENTITE_PUBLIQUE",
                "Question pour une entité publique",
                Routing::Structure,
            ),
        ],
    },
    Category {
        code: "MEMOIRES_FRAIS_JUSTICE",
        label: "Mémoires de frais de justice",
        subcategories: &[
            sub(
                "QUESTION_REGLEMENTATION",
                "Question générale sur la réglementation",
                Routing::Support,
            ),
            sub(
                "SUIVI_MEMOIRE",
                "Suivi du traitement d'un mémoire",
                Routing::Structure,
            ),
        ],
    },
    Category {
        code: "REMBOURSEMENT_TIC",
        label: "Remboursement TIC",
        subcategories: &[sub(
            "QUESTION_DEMANDE_REJETEE",
            "Question sur une demande rejetée",
            Routing::Structure,
        )],
    },
    Category {
        code: "GESTION_STRUCTURES_UTILISATEURS",
        label: "Gestion des structures et utilisateurs",
        subcategories: &[
            sub(
                "DEMANDE_CREATION_STRUCTURE_PUBLIQUE",
                "Demande de création de structure publique",
                Routing::Support,
            ),
            sub(
                "GESTION_COMPTE",
                "Gestion du compte utilisateur",
                Routing::Support,
            ),
            sub(
                "GESTION_STRUCTURE",
                "Gestion d'une structure",
                Routing::Support,
            ),
        ],
    },
    Category {
        code: "UTILISATION_PORTAIL",
        label: "Utilisation du portail",
        subcategories: &[sub(
            "QUESTION_FONCTIONNALITE",
            "Question sur une fonctionnalité",
            Routing::Support,
        )],
    },
    Category {
        code: "PROBLEME_TECHNIQUE",
        label: "Problème technique",
        subcategories: &[
            sub("ANOMALIE", "Anomalie", Routing::Support),
            sub(
                "INDISPONIBILITE",
                "Indisponibilité du service",
                Routing::Support,
            ),
        ],
    },
];

/// A category and sub-category by code (case-insensitive), or what the valid codes are.
pub fn find(
    category: &str,
    subcategory: &str,
) -> Result<(&'static Category, &'static Subcategory), String> {
    let c = CATEGORIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(category.trim()))
        .ok_or_else(|| {
            format!(
                "'{category}' is not a ticket category: {}",
                CATEGORIES
                    .iter()
                    .map(|c| c.code)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
    let s = c
        .subcategories
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(subcategory.trim()))
        .ok_or_else(|| {
            format!(
                "'{subcategory}' is not a sub-category of {}: {}",
                c.code,
                c.subcategories
                    .iter()
                    .map(|s| s.code)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
    Ok((c, s))
}

impl Routing {
    /// What `ticket categories` says a sub-category needs.
    pub fn requires(self) -> &'static str {
        match self {
            Routing::Invoice => "--invoice ID (or --works-piece ID) you can see",
            Routing::Structure => "--structure ID of a public structure",
            Routing::Support => "nothing more",
        }
    }

    pub fn goes_to(self) -> &'static str {
        match self {
            Routing::Invoice => "the invoice's recipient (its Sollicitations reçues)",
            Routing::Structure => "that structure (its Sollicitations reçues)",
            Routing::Support => "support (the operator)",
        }
    }
}

/// One side of a ticket's conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Requester,
    Addressee,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Requester => "requester",
            Side::Addressee => "addressee",
        }
    }
}

/// A row of `ticket categories`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CategoryRow {
    pub category: String,
    pub category_label: String,
    pub subcategory: String,
    pub subcategory_label: String,
    pub routing: Routing,
    pub requires: String,
    pub goes_to: String,
}

pub fn category_rows() -> Vec<CategoryRow> {
    CATEGORIES
        .iter()
        .flat_map(|c| {
            c.subcategories.iter().map(|s| CategoryRow {
                category: c.code.into(),
                category_label: c.label.into(),
                subcategory: s.code.into(),
                subcategory_label: s.label.into(),
                routing: s.routing,
                requires: s.routing.requires().into(),
                goes_to: s.routing.goes_to().into(),
            })
        })
        .collect()
}

/// A ticket as lists print it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ticket {
    pub id: i64,
    pub number: String,
    pub category: String,
    pub subcategory: String,
    pub subject: String,
    pub status: TicketStatus,
    pub requester: String,
    pub requester_structure: Option<PartyRef>,
    /// None: support.
    pub addressee: Option<PartyRef>,
    pub invoice_id: Option<i64>,
    pub works_piece_id: Option<i64>,
    pub created_at: String,
    pub status_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Message {
    pub id: i64,
    pub side: Side,
    pub author: String,
    pub body: String,
    pub at: String,
    pub attachments: Vec<FileRef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TicketHistoryEntry {
    pub status: TicketStatus,
    pub at: String,
    pub by: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_found_in_any_case() {
        let rows = category_rows();
        let mut codes: Vec<&str> = rows.iter().map(|r| r.subcategory.as_str()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), rows.len());
        let (c, s) = find("factures_emises", "suspension").unwrap();
        assert_eq!((c.code, s.routing), ("FACTURES_EMISES", Routing::Invoice));
        assert!(
            find("FACTURES_EMISES", "ANOMALIE")
                .unwrap_err()
                .contains("SUSPENSION")
        );
        assert!(
            find("NOPE", "X")
                .unwrap_err()
                .contains("PROBLEME_TECHNIQUE")
        );
    }
}
