pub mod db;
pub mod web;
