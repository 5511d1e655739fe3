//! Closed vocabularies: enums whose values have stable names, the ones stored, exported and
//! shown to shells. Serde uses the same names, so stored and exported JSON stays as it was.

/// Declares an enum with `ALL`, `id()` (its name), `from_id()` and `Display` (the name).
macro_rules! named_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $id)] $variant),+
        }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),+];

            /// The name as stored and exported.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The value a name stands for, if any.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.id() == id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

pub(crate) use named_enum;
