//! How storage and gateway failures become the kit's [`AppError`]: a busy database or an
//! unreachable gateway is `Busy` (503 / `UNAVAILABLE`), a taken unique value `Duplicate`.

use app_kit::{AppError, ConflictKind};

use crate::application::port::gateway::GatewayUnavailable;
use crate::application::port::repo::RepoError;

impl From<RepoError> for AppError {
    fn from(err: RepoError) -> Self {
        match err {
            RepoError::Duplicate(detail) => AppError::conflict(ConflictKind::Duplicate, detail),
            RepoError::Conflict(detail) => AppError::conflict(ConflictKind::Rule, detail),
            RepoError::Stale => AppError::conflict(
                ConflictKind::Stale,
                "the payment was changed concurrently; read it again and retry",
            ),
            RepoError::Contention(_) => AppError::Busy(Box::new(err)),
            RepoError::Unexpected(_) => AppError::unexpected(err),
        }
    }
}

impl From<GatewayUnavailable> for AppError {
    fn from(err: GatewayUnavailable) -> Self {
        AppError::Busy(Box::new(err))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contention_and_an_unreachable_gateway_are_busy() {
        assert!(matches!(
            AppError::from(RepoError::Contention("deadlock".into())),
            AppError::Busy(_)
        ));
        assert!(matches!(
            AppError::from(GatewayUnavailable::new("down")),
            AppError::Busy(_)
        ));
        assert!(matches!(
            AppError::from(RepoError::Duplicate("order".into())),
            AppError::Conflict {
                kind: ConflictKind::Duplicate,
                ..
            }
        ));
    }
}
