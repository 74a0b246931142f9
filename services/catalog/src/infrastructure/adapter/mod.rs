pub mod db;
pub mod protostub;
pub mod protosvc;
