//! Generated DTOs: serde round trips, unions, tri-state fields, defaults, formats and validation.

use codegen_fixtures::shapes::model::*;
use openapi_runtime::{Tristate, Validate};
use serde_json::{Value, json};

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(value: Value) -> (T, Value) {
    let decoded: T = serde_json::from_value(value).unwrap();
    let encoded = serde_json::to_value(&decoded).unwrap();
    (decoded, encoded)
}

fn pointers<T: Validate>(value: &T) -> Vec<String> {
    value
        .validate()
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.pointer)
        .collect()
}

#[test]
fn a_discriminated_union_picks_the_variant_by_its_tag_and_round_trips() {
    let (pet, encoded) =
        round_trip::<Pet>(json!({"pet_type": "cat", "name": "Tom", "nickname": "T"}));
    let Pet::Cat(cat) = &pet else {
        panic!("expected a cat: {pet:?}")
    };
    // Defaults from the allOf member apply.
    assert!(cat.indoor);
    assert_eq!(cat.lives, 9);
    assert_eq!(
        encoded,
        json!({"name": "Tom", "nickname": "T", "pet_type": "cat", "indoor": true, "lives": 9})
    );
    let (dog, _) = round_trip::<Pet>(json!({"pet_type": "dog", "name": "Rex", "bark": "loud"}));
    assert!(matches!(
        dog,
        Pet::Dog(Dog {
            bark: DogBark::Loud,
            ..
        })
    ));
}

#[test]
fn the_tag_is_written_even_when_the_value_does_not_hold_it() {
    let dog = Pet::Dog(Dog {
        name: "Rex".into(),
        nickname: None,
        pet_type: "dog".into(),
        age: None,
        bark: DogBark::Soft,
        tricks: None,
    });
    assert_eq!(serde_json::to_value(&dog).unwrap()["pet_type"], "dog");
}

#[test]
fn unknown_tags_and_enum_values_are_rejected_clearly() {
    let err =
        serde_json::from_value::<Pet>(json!({"pet_type": "fish", "name": "Nemo"})).unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown variant `fish`, expected `cat` or `dog`"),
        "{err}"
    );
    let err =
        serde_json::from_value::<Pet>(json!({"pet_type": "dog", "name": "Rex", "bark": "meow"}))
            .unwrap_err();
    assert!(
        err.to_string()
            .contains("bark: unknown variant `meow`, expected `soft` or `loud`"),
        "{err}"
    );
    let err = serde_json::from_value::<Pet>(json!({"name": "Rex"})).unwrap_err();
    assert!(
        err.to_string().contains("missing field `pet_type`"),
        "{err}"
    );
    assert_eq!(
        "away".parse::<ProfilePatchStatus>().unwrap(),
        ProfilePatchStatus::Away
    );
    let err = "gone".parse::<ProfilePatchStatus>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown value `gone`, expected one of: active, away"
    );
}

#[test]
fn an_all_of_member_that_only_adds_required_makes_the_field_required() {
    let err = serde_json::from_value::<Cat>(json!({"pet_type": "cat", "name": "Tom"})).unwrap_err();
    assert!(
        err.to_string().contains("missing field `nickname`"),
        "{err}"
    );
    // In the base, the same field stays optional.
    let base: PetBase = serde_json::from_value(json!({"pet_type": "cat", "name": "Tom"})).unwrap();
    assert_eq!(base.nickname, None);
}

#[test]
fn untagged_unions_round_trip_by_shape() {
    let (circle, encoded) = round_trip::<Shape>(json!({"radius": 1.5}));
    assert!(matches!(circle, Shape::Circle(Circle { radius }) if radius == 1.5));
    assert_eq!(encoded, json!({"radius": 1.5}));
    let (square, _) = round_trip::<Shape>(json!({"side": 2.0}));
    assert!(matches!(square, Shape::Square(_)));
    let (named, encoded) = round_trip::<Shape>(json!("hexagon"));
    assert_eq!(named, Shape::String("hexagon".into()));
    assert_eq!(encoded, json!("hexagon"));
    let (labels, _) = round_trip::<Vec<Label>>(json!([5, "x"]));
    assert_eq!(labels, [Label::Integer(5), Label::String("x".into())]);
    assert!(serde_json::from_value::<Shape>(json!({"corners": 3})).is_err());
}

#[test]
fn union_variants_are_validated() {
    assert_eq!(
        pointers(&Shape::Circle(Circle { radius: 0.0 })),
        ["/radius"]
    );
    assert_eq!(pointers(&Shape::String(String::new())), [""]);
    let dog: Pet = serde_json::from_value(json!({"pet_type": "dog", "name": "", "bark": "loud", "tricks": ["sit", "sit"], "age": 100})).unwrap();
    assert_eq!(pointers(&dog), ["/name", "/age", "/tricks/1"]);
}

fn record() -> Value {
    json!({
        "id": "0b5f7a4e-7c4a-4d4b-9a53-0e0c1b8d9e01",
        "count": 3,
        "big": 120,
        "when": "2024-05-01T10:20:30Z",
        "day": "2024-05-01",
        "email": "a@example.com",
        "price": "19.90",
        "ratio": 0.5,
        "code": "ABC-12",
        "data": "aGVsbG8=",
        "tags": ["x"],
        "labels": [1]
    })
}

#[test]
fn formats_map_to_exact_types_and_round_trip() {
    let (r, encoded) = round_trip::<Record>(record());
    assert_eq!(r.price, rust_decimal::Decimal::new(1990, 2));
    assert_eq!(r.data.0, b"hello");
    assert_eq!(r.day, chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap());
    assert_eq!(r.id.to_string(), "0b5f7a4e-7c4a-4d4b-9a53-0e0c1b8d9e01");
    assert_eq!(encoded["price"], "19.90");
    assert_eq!(encoded["data"], "aGVsbG8=");
    assert_eq!(encoded["when"], "2024-05-01T10:20:30Z");
    assert!(r.validate().is_ok());
    let mut bad = record();
    bad["id"] = json!("not-a-uuid");
    assert!(serde_json::from_value::<Record>(bad).is_err());
    let mut bad = record();
    bad["count"] = json!(3_000_000_000u64);
    assert!(
        serde_json::from_value::<Record>(bad).is_err(),
        "int32 overflow must not wrap"
    );
}

#[test]
fn every_constraint_is_enforced_with_its_pointer() {
    let mut value = record();
    value["count"] = json!(6);
    value["big"] = json!(15);
    value["email"] = json!("nobody");
    value["ratio"] = json!(1.0);
    value["code"] = json!("abc-12");
    value["tags"] = json!(["toolong", "a", "b", "c"]);
    value["level"] = json!(4);
    value["attributes"] = json!({"ok": 1, "a/b": -1});
    value["nested"] = json!({"inner": "four"});
    let mut child = record();
    child["count"] = json!(-6);
    value["children"] = json!([record(), child.clone()]);
    value["parent"] = child;
    let r: Record = serde_json::from_value(value).unwrap();
    assert_eq!(
        pointers(&r),
        [
            "/count",
            "/big",
            "/email",
            "/ratio",
            "/code",
            "/tags",
            "/tags/0",
            "/level",
            "/attributes/a~1b",
            "/nested/inner",
            "/children/1/count",
            "/parent/count",
        ]
    );
}

/// Optional but not nullable: absent is `None`, a value is `Some`, and `null` is refused (the
/// schema forbids it; serde's plain `Option` would have read it as absent).
#[test]
fn an_optional_field_that_is_not_nullable_refuses_null() {
    let base = json!({"display_name": "Ann", "required_nullable": null});
    let (absent, _) = round_trip::<ProfilePatch>(base.clone());
    assert_eq!(absent.bio, None);
    let mut with_value = base.clone();
    with_value["bio"] = json!("Writes books.");
    let (value, _) = round_trip::<ProfilePatch>(with_value);
    assert_eq!(value.bio.as_deref(), Some("Writes books."));
    let mut with_null = base;
    with_null["bio"] = Value::Null;
    let err = serde_json::from_value::<ProfilePatch>(with_null).unwrap_err();
    assert!(err.to_string().contains("invalid type: null"), "{err}");
}

#[test]
fn nullable_and_optional_are_three_states() {
    let base = json!({"display_name": "Ann", "required_nullable": null});
    let (absent, encoded) = round_trip::<ProfilePatch>(base.clone());
    assert_eq!(absent.phone, Tristate::Absent);
    assert_eq!(absent.required_nullable, None);
    // Defaults apply to absent fields; a required nullable field is written as null.
    assert_eq!(absent.status, ProfilePatchStatus::Active);
    assert_eq!(
        encoded,
        json!({"display_name": "Ann", "required_nullable": null, "status": "active"})
    );
    let mut with_null = base.clone();
    with_null["phone"] = Value::Null;
    let (null, encoded) = round_trip::<ProfilePatch>(with_null);
    assert_eq!(null.phone, Tristate::Null);
    assert_eq!(encoded["phone"], Value::Null);
    let mut with_value = base;
    with_value["phone"] = json!("0123456789012345678901");
    let (value, _) = round_trip::<ProfilePatch>(with_value);
    assert_eq!(
        value.phone,
        Tristate::Value("0123456789012345678901".into())
    );
    assert_eq!(pointers(&value), ["/phone"]);
    let err =
        serde_json::from_value::<ProfilePatch>(json!({"required_nullable": null})).unwrap_err();
    assert!(err.to_string().contains("missing field `display_name`"));
    // Required and nullable: null is fine, absence is not.
    let err = serde_json::from_value::<ProfilePatch>(json!({"display_name": "Ann"})).unwrap_err();
    assert!(
        err.to_string()
            .contains("missing field `required_nullable`"),
        "{err}"
    );
}

#[test]
fn a_decimal_is_judged_by_its_pattern_as_written() {
    use codegen_fixtures::shop::model::CreateItem;
    let item = |price: &str| -> CreateItem {
        serde_json::from_value(json!({"title": "Clean Code", "price": price})).unwrap()
    };
    assert!(pointers(&item("47.99")).is_empty());
    assert!(pointers(&item("47")).is_empty());
    // Three decimal places break the spec's `(\.[0-9]{1,2})?` although the value parses.
    assert_eq!(pointers(&item("47.999")), ["/price"]);
}
