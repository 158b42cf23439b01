//! Keyed enums: an enum declared together with each variant's key, the name
//! it has in links, element ids, attributes and CSV columns.
//!
//! [`keyed!`](crate::keyed!) writes the enum, its complete `ALL` (every
//! variant, in declaration order), `key` and `from_key`, so that a new variant
//! cannot be missing from its list, and two variants cannot share a key (a
//! compile-time check).

/// Declares an enum with a key per variant, and generates:
///
/// - `ALL`: every variant, in declaration order, its length counted here;
/// - `key(self) -> &'static str`;
/// - `from_key(&str) -> Option<Self>`, the exact key only;
/// - `From<Self> for &'static str`, the key (for `#[serde(into = …)]`).
///
/// Attributes and doc comments on the enum and on each variant are kept, and
/// so are explicit discriminants:
///
/// ```
/// migration_model::keyed! {
///     /// A colour, named in links.
///     #[derive(Clone, Copy, Debug, PartialEq)]
///     #[repr(u8)]
///     pub enum Colour {
///         /// The first.
///         Red = 1 => "red",
///         DarkBlue = 4 => "dark-blue",
///     }
/// }
/// assert_eq!(Colour::ALL, [Colour::Red, Colour::DarkBlue]);
/// assert_eq!(Colour::DarkBlue.key(), "dark-blue");
/// assert_eq!(Colour::from_key("red"), Some(Colour::Red));
/// assert_eq!((Colour::from_key("Red"), Colour::DarkBlue as u8), (None, 4));
/// ```
///
/// Two variants with one key do not compile:
///
/// ```compile_fail
/// migration_model::keyed! {
///     #[derive(Clone, Copy)]
///     pub enum Twice { A => "a", B => "a" }
/// }
/// ```
#[macro_export]
macro_rules! keyed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident $(= $discriminant:expr)? => $key:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant $(= $discriminant)?,
            )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// Its name in links, element ids, attributes or files.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The variant of this key, exactly as [`Self::key`] writes it.
            pub fn from_key(key: &str) -> Option<$name> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        /// Its key: with `#[serde(into = "&'static str")]`, what it is written as.
        impl From<$name> for &'static str {
            fn from(value: $name) -> Self {
                value.key()
            }
        }

        const _: () = assert!(
            $crate::keyed::distinct(&[$($key),+]),
            concat!("two variants of ", stringify!($name), " share a key"),
        );
    };
}

/// Whether no two keys are equal: for [`keyed!`](crate::keyed!)'s
/// compile-time check (`const`, so byte by byte).
#[doc(hidden)]
pub const fn distinct(keys: &[&str]) -> bool {
    let mut i = 0;
    while i < keys.len() {
        let mut j = i + 1;
        while j < keys.len() {
            if same(keys[i].as_bytes(), keys[j].as_bytes()) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
