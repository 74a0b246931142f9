//! A unary gRPC call by method path. The catalog crate only carries the server side of its own
//! protos, so the tests call it the way generated clients do, with the same messages.

use http::uri::PathAndQuery;
use tonic::transport::Channel;

pub async fn channel(url: &str) -> Channel {
    Channel::from_shared(url.to_owned())
        .expect("gRPC URL")
        .connect()
        .await
        .expect("connect to the gRPC server")
}

pub async fn call<Req, Resp>(
    channel: &Channel,
    path: &'static str,
    request: Req,
) -> Result<Resp, tonic::Status>
where
    Req: prost::Message + Send + Sync + 'static,
    Resp: prost::Message + Default + Send + Sync + 'static,
{
    let mut grpc = tonic::client::Grpc::new(channel.clone());
    grpc.ready()
        .await
        .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
    let codec = tonic_prost::ProstCodec::<Req, Resp>::default();
    grpc.unary(
        tonic::Request::new(request),
        PathAndQuery::from_static(path),
        codec,
    )
    .await
    .map(|r| r.into_inner())
}
