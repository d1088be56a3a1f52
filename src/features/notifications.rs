//! In-app notifications: the bell with the unread count in the top bar and
//! the list behind it. Rows are written by features in their own
//! transactions (see `deals::store::notify`), always for one user.

pub mod api;
pub mod pages;
