//! A parameter that is present is never absent.
//!
//! `serde_html_form` reads `?book_id=` into `Option<i64>` as `None` (it does so for optional
//! numbers and booleans, to suit HTML forms, which send empty inputs). For an API that silently
//! turns a filter nobody could parse into "no filter" and answers with every row. OpenAPI has no
//! such rule: a parameter with an empty value is present, and its value must match its schema.
//!
//! [`PresentIsSome`] wraps the form deserializer so that every value the form holds is
//! deserialized as `Some(value)`; an empty number then fails to parse (and is reported with its
//! pointer like any other bad number) and an empty string reaches the schema's `minLength`.
//! Everything else is forwarded unchanged.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Forward the `deserialize_*` methods that take only a visitor, unchanged.
macro_rules! forward_plain {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                self.0.$method(visitor)
            }
        )*
    };
}

/// The whole form (a map of parameter names to values).
pub(crate) struct PresentIsSome<D>(pub(crate) D);

/// Wraps the visitor of the whole form so its map's values can be wrapped.
struct FormVisitor<V>(V);

/// The form's entries, with each value wrapped in [`Value`].
struct Entries<A>(A);

/// The seed of one value.
struct ValueSeed<S>(S);

/// One parameter's value: `deserialize_option` always means "present".
struct Value<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for PresentIsSome<D> {
    type Error = D::Error;

    // A parameter struct asks for a struct (or, with `flatten`, a map); the form answers either
    // with a map, whose values are wrapped. Other requests are forwarded untouched.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(FormVisitor(visitor))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(FormVisitor(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_struct(name, fields, FormVisitor(visitor))
    }

    forward_plain!(
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq
        deserialize_identifier deserialize_ignored_any);

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for FormVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(Entries(map))
    }

    // The form deserializer answers `deserialize_any` with a map, but forward the other shapes
    // a map-like input can take rather than refuse them.
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.0.visit_seq(seq)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_unit()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Entries<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        self.0.next_value_seed(ValueSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ValueSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Value(deserializer))
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Value<D> {
    type Error = D::Error;

    /// The key is in the form, so the value is there, even when it is empty.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_some(self.0)
    }

    forward_plain!(
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_unit deserialize_seq deserialize_map deserialize_identifier
        deserialize_ignored_any);

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_struct(name, fields, visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::PresentIsSome;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Params {
        #[serde(default)]
        id: Option<i64>,
        #[serde(default)]
        flag: Option<bool>,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        ids: Option<Vec<i32>>,
    }

    fn decode(query: &str) -> Result<Params, String> {
        let form = PresentIsSome(serde_html_form::Deserializer::from_bytes(query.as_bytes()));
        serde_path_to_error::deserialize(form)
            .map_err(|err| format!("{}: {}", err.path(), err.inner()))
    }

    #[test]
    fn absent_parameters_are_none_and_present_ones_are_parsed() {
        assert_eq!(
            decode("").unwrap(),
            Params {
                id: None,
                flag: None,
                name: None,
                ids: None
            }
        );
        assert_eq!(
            decode("id=7&flag=true&name=x&ids=1&ids=2").unwrap(),
            Params {
                id: Some(7),
                flag: Some(true),
                name: Some("x".into()),
                ids: Some(vec![1, 2])
            }
        );
    }

    #[test]
    fn an_empty_number_or_boolean_is_an_error_naming_the_parameter() {
        let err = decode("id=").unwrap_err();
        assert!(err.starts_with("id: ") && err.contains("empty"), "{err}");
        let err = decode("flag=").unwrap_err();
        assert!(err.starts_with("flag: "), "{err}");
        let err = decode("ids=").unwrap_err();
        assert!(err.starts_with("ids"), "{err}");
    }

    #[test]
    fn an_empty_string_is_present_and_empty() {
        assert_eq!(decode("name=").unwrap().name.as_deref(), Some(""));
    }
}
