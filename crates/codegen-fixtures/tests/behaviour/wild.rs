//! The wild-spec fixture: no operationIds or tags, names that collide once cased, a lone
//! `allOf`, odd property names and a parameter name used in two locations — still a usable API.

use std::sync::{Arc, Mutex};

use codegen_fixtures::wild::client::Client;
use codegen_fixtures::wild::model::{
    GetPetsStatus, Pet2, PostPetsBody, PostPetsDefaultBody, PutPetsIdOwnerInfoBody,
};
use codegen_fixtures::wild::port::*;
use serde_json::json;

use crate::common::Tokens;

#[derive(Default)]
struct Pets {
    seen: Mutex<Vec<String>>,
}

impl WildApi for Pets {
    async fn get_pets(&self, request: GetPetsRequest) -> Result<GetPetsResponse, ApiError> {
        self.seen
            .lock()
            .unwrap()
            .push(format!("{:?}", request.params.status));
        Ok(GetPetsResponse::Ok(vec![Pet2 {
            id: Some(1),
            name: Some("Rex".into()),
            tag: None,
            client: None,
        }]))
    }

    async fn post_pets(&self, request: PostPetsRequest) -> Result<PostPetsResponse, ApiError> {
        let body = request.body.expect("a body was sent");
        self.seen
            .lock()
            .unwrap()
            .push(format!("{} {:?} {:?}", body.name, body.type_, body._123abc));
        Ok(PostPetsResponse::Default {
            status: http::StatusCode::ACCEPTED,
            body: PostPetsDefaultBody { id: Some(7) },
        })
    }

    async fn get_pets_id(&self, request: GetPetsIdRequest) -> Result<GetPetsIdResponse, ApiError> {
        let p = request.params;
        self.seen
            .lock()
            .unwrap()
            .push(format!("{} {:?} {:?}", p.id, p.id2, p.x_trace));
        Ok(if p.id == "1" {
            GetPetsIdResponse::Ok(Pet2 {
                id: Some(1),
                name: None,
                tag: None,
                client: None,
            })
        } else {
            GetPetsIdResponse::NotFound
        })
    }

    async fn put_pets_id_owner_info(
        &self,
        request: PutPetsIdOwnerInfoRequest,
    ) -> Result<PutPetsIdOwnerInfoResponse, ApiError> {
        self.seen.lock().unwrap().push(request.body.email);
        Ok(PutPetsIdOwnerInfoResponse::NoContent)
    }
}

async fn serve() -> (Arc<Pets>, String, Client) {
    let pets = Arc::new(Pets::default());
    let router = codegen_fixtures::wild::router::router(Arc::clone(&pets), Arc::new(Tokens));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let base = format!("http://{address}");
    (pets, base.clone(), Client::new(base))
}

#[test]
fn odd_property_names_keep_their_wire_names() {
    let body: PostPetsBody = serde_json::from_value(
        json!({"name": "Rex", "@type": "dog", "first-name": "R", "self": true, "123abc": 5}),
    )
    .unwrap();
    assert_eq!(
        (
            body.type_.as_deref(),
            body.first_name.as_deref(),
            body.self_,
            body._123abc
        ),
        (Some("dog"), Some("R"), Some(true), Some(5))
    );
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"name": "Rex", "@type": "dog", "first-name": "R", "self": true, "123abc": 5})
    );
}

#[tokio::test]
async fn synthesised_operations_work_end_to_end() {
    let (pets, _, client) = serve().await;
    let listed = client
        .get_pets(&GetPetsParams {
            status: Some(GetPetsStatus::Sold),
            limit: None,
        })
        .await
        .unwrap();
    assert!(matches!(listed, GetPetsResponse::Ok(ref pets) if pets.len() == 1));

    let body = PostPetsBody {
        name: "Rex".into(),
        type_: Some("dog".into()),
        first_name: None,
        self_: None,
        _123abc: Some(3),
    };
    let created = client.post_pets(Some(&body)).await.unwrap();
    assert_eq!(
        created,
        PostPetsResponse::Default {
            status: http::StatusCode::ACCEPTED,
            body: PostPetsDefaultBody { id: Some(7) }
        }
    );

    // `id` is both a path and a query parameter; both arrive, under distinct field names.
    let params = GetPetsIdParams {
        id: "a b/c".into(),
        id2: Some("q".into()),
        x_trace: Some("t-1".into()),
    };
    assert_eq!(
        client.get_pets_id(&params).await.unwrap(),
        GetPetsIdResponse::NotFound
    );

    let owner = PutPetsIdOwnerInfoBody {
        name: None,
        email: "o@example.com".into(),
        phone: None,
    };
    let done = client
        .put_pets_id_owner_info(&PutPetsIdOwnerInfoParams { id: "1".into() }, &owner)
        .await
        .unwrap();
    assert_eq!(done, PutPetsIdOwnerInfoResponse::NoContent);

    let seen = pets.seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            "Some(Sold)",
            "Rex Some(\"dog\") Some(3)",
            "a b/c Some(\"q\") Some(\"t-1\")",
            "o@example.com"
        ]
    );
}

#[tokio::test]
async fn a_required_only_all_of_member_is_enforced() {
    let (_, base, _) = serve().await;
    let http = reqwest::Client::new();
    let reply = http
        .put(format!("{base}/v2/pets/1/owner-info"))
        .json(&json!({"name": "Ann", "email": "bad"}))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 422);
    let problem: openapi_runtime::Problem = reply.json().await.unwrap();
    assert_eq!(problem.errors[0].pointer, "/body/email");
    let reply = http
        .put(format!("{base}/v2/pets/1/owner-info"))
        .json(&json!({"name": "Ann"}))
        .send()
        .await
        .unwrap();
    let problem: openapi_runtime::Problem = reply.json().await.unwrap();
    assert_eq!(
        (
            problem.errors[0].pointer.as_str(),
            problem.errors[0].detail.as_str()
        ),
        ("/body/email", "is required")
    );
}

#[tokio::test]
async fn an_empty_value_is_a_present_parameter_not_an_absent_one() {
    let (pets, base, _) = serve().await;
    let http = reqwest::Client::new();

    // `limit` is an optional integer: `limit=` is no number, so it is refused, never read as
    // "no limit" (the form decoder's habit for HTML forms).
    let reply = http
        .get(format!("{base}/v2/pets?limit="))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 422);
    assert_eq!(reply.headers()["content-type"], "application/problem+json");
    let problem: openapi_runtime::Problem = reply.json().await.unwrap();
    assert_eq!(problem.errors.len(), 1, "{:?}", problem.errors);
    assert_eq!(problem.errors[0].pointer, "/query/limit");
    assert!(
        problem.errors[0].detail.contains("empty"),
        "{}",
        problem.errors[0].detail
    );

    // An optional enum with an empty value is refused as an unknown value.
    let reply = http
        .get(format!("{base}/v2/pets?status="))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 422);
    let problem: openapi_runtime::Problem = reply.json().await.unwrap();
    assert_eq!(problem.errors[0].pointer, "/query/status");

    // An optional string without constraints keeps its empty value: present, and empty.
    let reply = http
        .get(format!("{base}/v2/pets/2?id="))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 404);
    // The handler never ran for the refused requests.
    assert_eq!(pets.seen.lock().unwrap().clone(), ["2 Some(\"\") None"]);
}
