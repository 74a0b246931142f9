//! Service-level rules: deleted RPCs and changed RPC signatures.

use prost_reflect::{MethodDescriptor, ServiceDescriptor};

use super::report::{ProtoFile, Report};

/// Source-info path components of `MethodDescriptorProto` and `MethodOptions`.
const METHOD_INPUT: i32 = 2;
const METHOD_OUTPUT: i32 = 3;
const METHOD_OPTIONS: i32 = 4;
const IDEMPOTENCY_LEVEL: i32 = 34;

fn idempotency(method: &MethodDescriptor) -> &'static str {
    method
        .method_descriptor_proto()
        .options
        .as_ref()
        .map_or("IDEMPOTENCY_UNKNOWN", |o| {
            o.idempotency_level().as_str_name()
        })
}

fn streaming(yes: bool) -> &'static str {
    if yes { "streaming" } else { "unary" }
}

pub fn compare(
    report: &mut Report,
    old: &ServiceDescriptor,
    new: &ServiceDescriptor,
    file: &ProtoFile,
) {
    let service = new.name();
    for old_method in old.methods() {
        let Some(new_method) = new.methods().find(|m| m.name() == old_method.name()) else {
            report.add(
                "RPC_NO_DELETE",
                file,
                new.path(),
                format!(
                    "Previously present RPC \"{}\" on service \"{service}\" was deleted.",
                    old_method.name()
                ),
            );
            continue;
        };
        let rpc = format!("RPC \"{}\" on service \"{service}\"", new_method.name());
        let at = new_method.path();
        let (old_in, new_in) = (old_method.input(), new_method.input());
        if old_in.full_name() != new_in.full_name() {
            report.add(
                "RPC_SAME_REQUEST_TYPE",
                file,
                &[at, &[METHOD_INPUT]].concat(),
                format!(
                    "{rpc} changed request type from \"{}\" to \"{}\".",
                    old_in.full_name(),
                    new_in.full_name()
                ),
            );
        }
        let (old_out, new_out) = (old_method.output(), new_method.output());
        if old_out.full_name() != new_out.full_name() {
            report.add(
                "RPC_SAME_RESPONSE_TYPE",
                file,
                &[at, &[METHOD_OUTPUT]].concat(),
                format!(
                    "{rpc} changed response type from \"{}\" to \"{}\".",
                    old_out.full_name(),
                    new_out.full_name()
                ),
            );
        }
        if old_method.is_client_streaming() != new_method.is_client_streaming() {
            report.add(
                "RPC_SAME_CLIENT_STREAMING",
                file,
                at,
                format!(
                    "{rpc} changed from client {} to client {}.",
                    streaming(old_method.is_client_streaming()),
                    streaming(new_method.is_client_streaming())
                ),
            );
        }
        if old_method.is_server_streaming() != new_method.is_server_streaming() {
            report.add(
                "RPC_SAME_SERVER_STREAMING",
                file,
                at,
                format!(
                    "{rpc} changed from server {} to server {}.",
                    streaming(old_method.is_server_streaming()),
                    streaming(new_method.is_server_streaming())
                ),
            );
        }
        if idempotency(&old_method) != idempotency(&new_method) {
            // buf points at the new option, or at the file when the option was removed.
            let declared = new_method
                .method_descriptor_proto()
                .options
                .as_ref()
                .is_some_and(|o| o.idempotency_level.is_some());
            let idempotency_at = if declared {
                [at, &[METHOD_OPTIONS, IDEMPOTENCY_LEVEL]].concat()
            } else {
                Vec::new()
            };
            report.add(
                "RPC_SAME_IDEMPOTENCY_LEVEL",
                file,
                &idempotency_at,
                format!(
                    "{rpc} changed option \"idempotency_level\" from \"{}\" to \"{}\".",
                    idempotency(&old_method),
                    idempotency(&new_method)
                ),
            );
        }
    }
}
