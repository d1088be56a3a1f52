//! Signing in and out, password reset and accepting an invitation.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;
