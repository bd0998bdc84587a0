//! Enumerations with their official Chorus Pro codes. Input is case-insensitive and accepts the
//! listed aliases; output is always the official code.

/// Declares an enum whose values are official codes, with aliases accepted on input.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            /// The accepted spellings, for help texts and error messages.
            pub fn codes() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let s = s.trim();
                $(
                    if s.eq_ignore_ascii_case($code) $(|| s.eq_ignore_ascii_case($alias))* {
                        return Ok($name::$variant);
                    }
                )+
                Err(format!("'{s}' is not one of {}", Self::codes()))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                v.as_str()?.parse().map_err(|e: String| rusqlite::types::FromSqlError::Other(e.into()))
            }
        }
    };
}

code_enum!(
    /// Life of a user account (espace « Mon compte »).
    AccountStatus {
        PendingActivation = "PENDING_ACTIVATION",
        Active = "ACTIVE",
        Inactive = "INACTIVE",
    }
);

code_enum!(
    /// `typeIdentifiantStructure`.
    IdentifierType {
        Siret = "SIRET",
        UeHorsFrance = "UE_HORS_FRANCE",
        HorsUe = "HORS_UE",
        Ridet = "RIDET",
        Tahiti = "TAHITI",
        Autre = "AUTRE",
        Particulier = "PARTICULIER",
    }
);

code_enum!(
    /// `structurePriveePublique`.
    StructureType {
        Privee = "PRIVEE" | "private",
        Publique = "PUBLIQUE" | "public",
    }
);

code_enum!(
    /// Status of a structure (input vocabulary of the API).
    StructureStatus {
        Actif = "ACTIF" | "active",
        Inactif = "INACTIF" | "inactive",
    }
);

code_enum!(
    /// Role of an account attached to a structure.
    Role {
        Principal = "GESTIONNAIRE_PRINCIPAL" | "principal",
        Secondary = "GESTIONNAIRE_SECONDAIRE" | "secondary",
        User = "UTILISATEUR_SIMPLE" | "user",
    }
);

code_enum!(
    /// Status of an attachment (rattachement) or of a space access request.
    RequestStatus {
        Pending = "EN_COURS_DE_VALIDATION" | "pending",
        Accepted = "VALIDEE" | "accepted",
        Refused = "REFUSEE" | "refused",
        Deactivated = "DESACTIVEE" | "deactivated",
    }
);

code_enum!(
    /// Habilitation mode on a space.
    AccessMode {
        Consult = "consult",
        Modify = "modify",
    }
);

impl Role {
    pub fn is_manager(self) -> bool {
        matches!(self, Role::Principal | Role::Secondary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_with_aliases_and_case() {
        assert_eq!("secondary".parse::<Role>().unwrap(), Role::Secondary);
        assert_eq!(
            "gestionnaire_principal".parse::<Role>().unwrap(),
            Role::Principal
        );
        assert_eq!(
            "ACTIF".parse::<StructureStatus>().unwrap(),
            StructureStatus::Actif
        );
        let err = "boss".parse::<Role>().unwrap_err();
        assert!(err.contains("GESTIONNAIRE_PRINCIPAL"), "{err}");
    }

    #[test]
    fn codes_serialise_as_official_strings() {
        assert_eq!(
            serde_json::to_string(&Role::User).unwrap(),
            "\"UTILISATEUR_SIMPLE\""
        );
        let r: RequestStatus = serde_json::from_str("\"VALIDEE\"").unwrap();
        assert_eq!(r, RequestStatus::Accepted);
    }
}
