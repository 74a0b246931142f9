pub mod db;
pub mod protostub;
