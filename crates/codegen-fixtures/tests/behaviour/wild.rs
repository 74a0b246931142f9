//! The wild-spec fixture: no operationIds or tags, repeated and odd names, still usable.
