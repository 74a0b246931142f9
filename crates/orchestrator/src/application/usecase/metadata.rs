//! Task and workflow definitions: register, update, read, list, delete.

use tracing::instrument;

use super::Orchestrator;
use crate::application::error::ServiceError;
use crate::application::now_millis;
use crate::application::port::repo::RepoError;
use crate::domain::definition::{TaskDef, WorkflowDef};
use crate::domain::error::ValidationError;

impl Orchestrator {
    /// Register (or replace) task definitions: all valid and stored, or none.
    ///
    /// # Errors
    /// A definition is invalid, or the store fails.
    #[instrument(skip_all, fields(count = defs.len()))]
    pub async fn register_task_defs(&self, mut defs: Vec<TaskDef>) -> Result<(), ServiceError> {
        if defs.is_empty() {
            return Err(ValidationError::single("taskDefs", "TaskDef list cannot be empty").into());
        }
        let mut errors = ValidationError::default();
        for (index, def) in defs.iter().enumerate() {
            if let Err(invalid) = def.validate() {
                errors
                    .errors
                    .extend(invalid.errors.into_iter().map(|mut e| {
                        e.path = format!("[{index}].{}", e.path);
                        e
                    }));
            }
        }
        errors.into_result()?;
        let now = now_millis();
        for def in &mut defs {
            def.create_time.get_or_insert(now);
            def.update_time = Some(now);
        }
        self.store().put_task_defs(&defs).await?;
        Ok(())
    }

    /// Replace an existing task definition.
    ///
    /// # Errors
    /// It is invalid or not registered, or the store fails.
    #[instrument(skip_all, fields(name = %def.name))]
    pub async fn update_task_def(&self, mut def: TaskDef) -> Result<(), ServiceError> {
        def.validate()?;
        let existing = self
            .store()
            .task_def(&def.name)
            .await?
            .ok_or_else(|| no_task_def(&def.name))?;
        def.create_time = existing.create_time;
        def.update_time = Some(now_millis());
        self.store()
            .put_task_defs(std::slice::from_ref(&def))
            .await?;
        Ok(())
    }

    /// # Errors
    /// It is not registered, or the store fails.
    pub async fn task_def(&self, name: &str) -> Result<TaskDef, ServiceError> {
        self.store()
            .task_def(name)
            .await?
            .ok_or_else(|| no_task_def(name))
    }

    /// # Errors
    /// The store fails.
    pub async fn task_defs(&self) -> Result<Vec<TaskDef>, ServiceError> {
        Ok(self.store().task_defs().await?)
    }

    /// # Errors
    /// It is not registered, or the store fails.
    #[instrument(skip_all, fields(name = %name))]
    pub async fn delete_task_def(&self, name: &str) -> Result<(), ServiceError> {
        if self.store().delete_task_def(name).await? {
            Ok(())
        } else {
            Err(no_task_def(name))
        }
    }

    async fn validate_workflow_def(&self, def: &WorkflowDef) -> Result<(), ServiceError> {
        let mut known = std::collections::BTreeSet::new();
        for step in &def.tasks {
            if self.store().task_def(&step.name).await?.is_some() {
                known.insert(step.name.clone());
            }
        }
        def.validate(|name| known.contains(name))?;
        Ok(())
    }

    /// Register a new workflow definition (name and version must be new).
    ///
    /// # Errors
    /// It is invalid or exists already, or the store fails.
    #[instrument(skip_all, fields(name = %def.name, version = def.version))]
    pub async fn register_workflow_def(&self, mut def: WorkflowDef) -> Result<(), ServiceError> {
        self.validate_workflow_def(&def).await?;
        let now = now_millis();
        def.create_time.get_or_insert(now);
        match self.store().insert_workflow_def(&def).await {
            Ok(()) => Ok(()),
            Err(RepoError::Duplicate) => Err(ServiceError::Conflict(format!(
                "Workflow with {}.{} already exists!",
                def.name, def.version
            ))),
            Err(err) => Err(err.into()),
        }
    }

    /// Create or replace workflow definitions: all valid and stored, or none.
    ///
    /// # Errors
    /// One is invalid, or the store fails.
    #[instrument(skip_all, fields(count = defs.len()))]
    pub async fn update_workflow_defs(
        &self,
        mut defs: Vec<WorkflowDef>,
    ) -> Result<(), ServiceError> {
        for def in &defs {
            self.validate_workflow_def(def).await?;
        }
        let now = now_millis();
        for def in &mut defs {
            def.create_time.get_or_insert(now);
            def.update_time = Some(now);
        }
        self.store().put_workflow_defs(&defs).await?;
        Ok(())
    }

    /// The given version, or the latest.
    ///
    /// # Errors
    /// It is not registered, or the store fails.
    pub async fn workflow_def(
        &self,
        name: &str,
        version: Option<u32>,
    ) -> Result<WorkflowDef, ServiceError> {
        self.store()
            .workflow_def(name, version)
            .await?
            .ok_or_else(|| no_workflow_def(name, version))
    }

    /// # Errors
    /// The store fails.
    pub async fn workflow_defs(&self) -> Result<Vec<WorkflowDef>, ServiceError> {
        Ok(self.store().workflow_defs().await?)
    }

    /// # Errors
    /// It is not registered, or the store fails.
    #[instrument(skip_all, fields(name = %name, version))]
    pub async fn delete_workflow_def(&self, name: &str, version: u32) -> Result<(), ServiceError> {
        if self.store().delete_workflow_def(name, version).await? {
            Ok(())
        } else {
            Err(no_workflow_def(name, Some(version)))
        }
    }
}

fn no_task_def(name: &str) -> ServiceError {
    ServiceError::NotFound(format!("No such taskType found by name: {name}"))
}

pub(super) fn no_workflow_def(name: &str, version: Option<u32>) -> ServiceError {
    match version {
        Some(version) => ServiceError::NotFound(format!(
            "No such workflow found by name: {name}, version: {version}"
        )),
        None => ServiceError::NotFound(format!("No such workflow found by name: {name}")),
    }
}
