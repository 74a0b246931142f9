//! gRPC server, channels, status mapping and trace-context propagation.

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use opentelemetry::trace::TraceContextExt as _;
use service_kit::Shutdown;
use service_kit::grpc::{ChannelOptions, FieldViolation, GrpcOptions, RpcError};
use tokio::net::TcpListener;
use tonic::Code;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use crate::common::{TestHttp, init_tracing, shared};

async fn spawn_grpc(
    shutdown: Shutdown,
) -> (
    String,
    tokio::task::JoinHandle<Result<(), service_kit::grpc::server::GrpcServeError>>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let uri = format!("http://{}", listener.local_addr().unwrap());
    let options = GrpcOptions {
        request_timeout: Duration::from_secs(5),
        file_descriptor_set: None,
        service_names: vec!["bookstore.test.v1.TestService"],
    };
    let server = tokio::spawn(service_kit::grpc::serve(
        listener,
        tonic::service::Routes::default(),
        options,
        shutdown,
    ));
    (uri, server)
}

async fn status_of(
    client: &mut HealthClient<service_kit::grpc::TracedChannel>,
    service: &str,
) -> ServingStatus {
    let response = client
        .check(HealthCheckRequest {
            service: service.to_owned(),
        })
        .await
        .expect("health answers");
    ServingStatus::try_from(response.into_inner().status).expect("a known status")
}

/// Resolves when the server's health (service `""`) reports NOT_SERVING: the health service's
/// `Watch` stream is the signal, so no test waits a guessed time for the status to change.
async fn not_serving(mut client: HealthClient<service_kit::grpc::TracedChannel>) {
    let mut changes = client
        .watch(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("health watch")
        .into_inner();
    while let Some(change) = changes.message().await.expect("a health change") {
        if change.status() == ServingStatus::NotServing {
            return;
        }
    }
    panic!("the health stream ended while the server was still serving");
}

#[tokio::test]
async fn health_is_serving_over_a_real_channel_and_not_serving_once_shutdown_starts() {
    let shutdown = Shutdown::new(Duration::from_millis(300));
    let (uri, server) = spawn_grpc(shutdown.clone()).await;
    let channel = service_kit::grpc::channel(&uri, ChannelOptions::default()).unwrap();
    let mut client = HealthClient::new(channel);
    assert_eq!(status_of(&mut client, "").await, ServingStatus::Serving);
    assert_eq!(
        status_of(&mut client, "bookstore.test.v1.TestService").await,
        ServingStatus::Serving
    );

    let watched = tokio::spawn(not_serving(client.clone()));
    shutdown.trigger();
    watched.await.expect("the watch");
    assert_eq!(status_of(&mut client, "").await, ServingStatus::NotServing);
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("stops")
        .unwrap()
        .expect("cleanly");
}

#[tokio::test]
async fn a_lazy_channel_connects_once_the_server_appears() {
    // Reserve a port, release it, dial it lazily before anything listens there.
    let addr = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let channel =
        service_kit::grpc::channel(&format!("http://{addr}"), ChannelOptions::default()).unwrap();
    let mut client = HealthClient::new(channel);
    let refused = client
        .check(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(RpcError::from(refused).code(), Code::Unavailable);

    let listener = TcpListener::bind(addr).await.unwrap();
    let shutdown = Shutdown::new(Duration::ZERO);
    tokio::spawn(service_kit::grpc::serve(
        listener,
        tonic::service::Routes::default(),
        GrpcOptions::default(),
        shutdown.clone(),
    ));
    assert_eq!(
        status_of(&mut client, "").await,
        ServingStatus::Serving,
        "the same channel reconnects"
    );
    shutdown.trigger();
}

#[test]
fn status_mapping_round_trips_every_kind_including_field_details() {
    let errors = [
        RpcError::NotFound("book 42".into()),
        RpcError::InvalidArgument {
            message: "the order is not valid".into(),
            fields: vec![FieldViolation::new(
                "items[0].quantity",
                "must be at least 1",
            )],
        },
        RpcError::InvalidArgument {
            message: "bad".into(),
            fields: vec![],
        },
        RpcError::AlreadyExists("isbn taken".into()),
        RpcError::FailedPrecondition("not enough stock".into()),
        RpcError::Unavailable("inventory is down".into()),
        RpcError::Other {
            code: Code::PermissionDenied,
            message: "no".into(),
        },
    ];
    for error in errors {
        let status = tonic::Status::from(error.clone());
        assert_eq!(status.code(), error.code());
        assert_eq!(RpcError::from(status), error);
    }
    let from_peer = tonic::Status::not_found("gone");
    assert_eq!(RpcError::from(from_peer), RpcError::NotFound("gone".into()));
}

#[test]
fn downstream_errors_become_problems_without_leaking_internals() {
    let problem = openapi_runtime::Problem::from(RpcError::InvalidArgument {
        message: "bad".into(),
        fields: vec![FieldViolation::new(
            "items[0].quantity",
            "must be at least 1",
        )],
    });
    assert_eq!(problem.status, 422);
    assert_eq!(problem.errors[0].pointer, "/items/0/quantity");
    assert_eq!(
        openapi_runtime::Problem::from(RpcError::NotFound("x".into())).status,
        404
    );
    assert_eq!(
        openapi_runtime::Problem::from(RpcError::AlreadyExists("x".into())).status,
        409
    );
    assert_eq!(
        openapi_runtime::Problem::from(RpcError::Unavailable("db pw".into())).status,
        503
    );
    let internal = openapi_runtime::Problem::from(RpcError::Other {
        code: Code::Internal,
        message: "stack".into(),
    });
    assert_eq!(internal.status, 500);
    assert!(!internal.to_string().contains("stack"));
}

const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN_ID: &str = "00f067aa0ba902b7";

/// Sends `GET /calls-downstream` (with `traceparent` when given) to a runtime HTTP server whose
/// handler calls a gRPC server through a traced channel, and returns the `traceparent` that
/// server received.
async fn traceparent_seen_downstream(incoming: Option<String>) -> String {
    // The downstream: a gRPC server recording the traceparent it receives.
    let seen = shared(Vec::<String>::new());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let grpc_uri = format!("http://{}", listener.local_addr().unwrap());
    let (_, health) = tonic_health::server::health_reporter();
    let record = {
        let seen = seen.clone();
        move |request: http::Request<tonic::body::Body>| {
            if let Some(value) = request
                .headers()
                .get("traceparent")
                .and_then(|v| v.to_str().ok())
            {
                seen.lock().unwrap().push(value.to_owned());
            }
            request
        }
    };
    tokio::spawn(
        tonic::transport::Server::builder()
            .layer(tower::util::MapRequestLayer::new(record))
            .add_service(health)
            .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener)),
    );

    // The REST service: its handler calls the downstream through a traced channel.
    let channel = service_kit::grpc::channel(&grpc_uri, ChannelOptions::default()).unwrap();
    let api = Router::new().route(
        "/calls-downstream",
        get(move || {
            let mut client = HealthClient::new(channel.clone());
            async move {
                client
                    .check(HealthCheckRequest {
                        service: String::new(),
                    })
                    .await
                    .map(|_| "ok")
                    .unwrap_or("failed")
            }
        }),
    );
    let app = TestHttp::spawn(api, Default::default(), Duration::ZERO).await;
    let mut request = app.client.get(app.url("/calls-downstream"));
    if let Some(traceparent) = incoming {
        request = request.header("traceparent", traceparent);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.text().await.unwrap(), "ok");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "one downstream call: {seen:?}");
    seen[0].clone()
}

/// What both telemetry set-ups must do with a caller's trace context.
async fn assert_trace_context_flows_downstream() {
    let seen =
        traceparent_seen_downstream(Some(format!("00-{TRACE_ID}-{CALLER_SPAN_ID}-01"))).await;
    assert!(
        seen.starts_with(&format!("00-{TRACE_ID}-")) && seen.ends_with("-01"),
        "same trace, still sampled: {seen}"
    );
    assert!(
        !seen.contains(CALLER_SPAN_ID),
        "the request's own span is the parent, not the caller's: {seen}"
    );

    let unsampled =
        traceparent_seen_downstream(Some(format!("00-{TRACE_ID}-{CALLER_SPAN_ID}-00"))).await;
    assert!(
        unsampled.starts_with(&format!("00-{TRACE_ID}-")) && unsampled.ends_with("-00"),
        "the caller's sampling decision is kept: {unsampled}"
    );

    let fresh = traceparent_seen_downstream(None).await;
    let parts: Vec<&str> = fresh.split('-').collect();
    assert_eq!(parts.len(), 4, "{fresh}");
    assert!(
        parts[1].len() == 32 && parts[1] != TRACE_ID && parts[1] != "0".repeat(32),
        "a request without a caller starts a new trace: {fresh}"
    );
    assert_eq!(parts[3], "01", "new traces are sampled: {fresh}");
}

/// A subscriber with `tracing-opentelemetry` recording every span, as a service that exports
/// has (the export itself is left out).
fn exporting_subscriber() -> impl tracing::Subscriber + Send + Sync {
    use opentelemetry::trace::TracerProvider as _;
    use tracing_subscriber::layer::SubscriberExt;
    let provider = service_kit::telemetry::tracer_provider("kit-tests", None).unwrap();
    tracing_subscriber::registry()
        .with(tracing_subscriber::filter::LevelFilter::INFO)
        .with(tracing_opentelemetry::layer().with_tracer(provider.tracer("kit-tests")))
}

#[tokio::test]
async fn trace_context_flows_from_a_rest_request_through_a_grpc_client_to_the_grpc_server() {
    init_tracing();
    assert_trace_context_flows_downstream().await;
}

#[tokio::test]
async fn trace_context_flows_the_same_way_when_spans_are_exported() {
    init_tracing();
    // The current-thread test runtime polls the servers and the client on this thread, so a
    // thread-local subscriber sees every span.
    let _guard = tracing::subscriber::set_default(exporting_subscriber());
    assert_trace_context_flows_downstream().await;
}

fn assert_a_server_span_joins_the_trace_named_in_the_incoming_headers() {
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "traceparent",
        format!("00-{TRACE_ID}-{CALLER_SPAN_ID}-01")
            .parse()
            .unwrap(),
    );
    let span = tracing::info_span!("grpc_request");
    service_kit::telemetry::set_parent_from_headers(&span, &headers);
    let context = service_kit::telemetry::context_of(&span);
    let ids = context.span().span_context().clone();
    assert_eq!(ids.trace_id().to_string(), TRACE_ID);
    assert_ne!(
        ids.span_id().to_string(),
        CALLER_SPAN_ID,
        "a span of its own"
    );
    let child = span.in_scope(|| tracing::info_span!("use_case"));
    let child_ids = service_kit::telemetry::context_of(&child)
        .span()
        .span_context()
        .clone();
    assert_eq!(
        child_ids.trace_id().to_string(),
        TRACE_ID,
        "children follow"
    );
    assert_ne!(child_ids.span_id(), ids.span_id());
}

#[test]
fn a_server_span_joins_the_trace_named_in_the_incoming_headers() {
    init_tracing();
    assert_a_server_span_joins_the_trace_named_in_the_incoming_headers();
    tracing::subscriber::with_default(
        exporting_subscriber(),
        assert_a_server_span_joins_the_trace_named_in_the_incoming_headers,
    );
}

#[tokio::test]
async fn reflection_lists_the_registered_services() {
    use tonic_reflection::pb::v1::ServerReflectionRequest;
    use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
    use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
    use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let uri = format!("http://{}", listener.local_addr().unwrap());
    let shutdown = Shutdown::new(Duration::ZERO);
    let options = GrpcOptions {
        file_descriptor_set: Some(tonic_health::pb::FILE_DESCRIPTOR_SET),
        ..GrpcOptions::default()
    };
    tokio::spawn(service_kit::grpc::serve(
        listener,
        tonic::service::Routes::default(),
        options,
        shutdown.clone(),
    ));
    let channel = service_kit::grpc::channel(&uri, ChannelOptions::default()).unwrap();
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut responses = ServerReflectionClient::new(channel)
        .server_reflection_info(futures::stream::iter([request]))
        .await
        .unwrap()
        .into_inner();
    let response = responses.message().await.unwrap().expect("one answer");
    let Some(MessageResponse::ListServicesResponse(list)) = response.message_response else {
        panic!("expected a service list, got {response:?}");
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    assert!(
        names.contains(&"grpc.health.v1.Health".to_owned()),
        "{names:?}"
    );
    shutdown.trigger();
}

#[tokio::test]
async fn a_required_downstream_is_ready_only_while_it_reports_serving() {
    use service_kit::ReadinessCheck;
    let shutdown = Shutdown::new(Duration::from_secs(5));
    let (uri, _server) = spawn_grpc(shutdown.clone()).await;
    let channel = service_kit::grpc::channel(&uri, ChannelOptions::default()).unwrap();
    let check = service_kit::grpc::DownstreamHealth::new("inventory", "", channel.clone());
    assert_eq!(check.check().await, Ok(()));
    let watched = tokio::spawn(not_serving(HealthClient::new(channel)));
    shutdown.trigger(); // the downstream starts draining: NOT_SERVING
    watched.await.expect("the watch");
    let err = check.check().await.unwrap_err();
    assert!(err.contains("NOT_SERVING"), "{err}");

    let nowhere = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let channel =
        service_kit::grpc::channel(&format!("http://{nowhere}"), ChannelOptions::default())
            .unwrap();
    let err = service_kit::grpc::DownstreamHealth::new("payment", "", channel)
        .check()
        .await
        .unwrap_err();
    assert!(err.contains("Unavailable"), "{err}");
}

struct Tokens;

impl openapi_runtime::Authenticator for Tokens {
    fn authenticate<'a>(
        &'a self,
        token: &'a str,
    ) -> openapi_runtime::auth::BoxFuture<
        'a,
        Result<openapi_runtime::Principal, openapi_runtime::AuthError>,
    > {
        Box::pin(async move {
            match token {
                "staff" => Ok(openapi_runtime::Principal {
                    subject: "s".into(),
                    roles: ["manage".to_owned()].into(),
                    ..Default::default()
                }),
                "down" => Err(openapi_runtime::AuthError::Unavailable),
                _ => Err(openapi_runtime::AuthError::InvalidToken(
                    "bad signature".into(),
                )),
            }
        })
    }
}

#[tokio::test]
async fn grpc_calls_authenticate_from_metadata() {
    use service_kit::grpc::auth::{authenticate, authorize};
    let metadata = |value: Option<&str>| {
        let mut map = tonic::metadata::MetadataMap::new();
        if let Some(value) = value {
            map.insert("authorization", value.parse().unwrap());
        }
        map
    };
    assert_eq!(
        authenticate(&Tokens, &metadata(None))
            .await
            .unwrap_err()
            .code(),
        Code::Unauthenticated
    );
    assert_eq!(
        authenticate(&Tokens, &metadata(Some("Basic x")))
            .await
            .unwrap_err()
            .code(),
        Code::Unauthenticated
    );
    assert_eq!(
        authenticate(&Tokens, &metadata(Some("Bearer forged")))
            .await
            .unwrap_err()
            .code(),
        Code::Unauthenticated
    );
    assert_eq!(
        authenticate(&Tokens, &metadata(Some("Bearer down")))
            .await
            .unwrap_err()
            .code(),
        Code::Unavailable
    );
    assert_eq!(
        authenticate(&Tokens, &metadata(Some("Bearer staff")))
            .await
            .unwrap()
            .subject,
        "s"
    );
    assert_eq!(
        authorize(&Tokens, &metadata(Some("Bearer staff")), &["manage"])
            .await
            .unwrap()
            .subject,
        "s"
    );
    assert_eq!(
        authorize(&Tokens, &metadata(Some("Bearer staff")), &["order"])
            .await
            .unwrap_err()
            .code(),
        Code::PermissionDenied
    );
}
