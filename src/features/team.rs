//! A partner company's own people: everyone in the company sees the list;
//! partner admins invite, edit and disable.

pub mod api;
pub mod pages;
