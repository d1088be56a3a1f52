//! What leads do for deal registration (the events of `server::events`):
//! a partner's worked lead is a record a registration can start from (the
//! form opens filled in from it), and a deal registered from one converts
//! the lead in the registration's own transaction. Deals never name this
//! feature.

use sqlx::AnyConnection;

use super::store;
use crate::server::batch::Batch;
use crate::server::db::Db;
use crate::server::events::{
    DealListener, Lookup, Prepared, Registration, RegistrationSource, Step, Win, DEAL_LISTENERS,
    REGISTRATION_SOURCES,
};
use crate::shared::Viewer;

struct Leads;

#[linkme::distributed_slice(DEAL_LISTENERS)]
static LISTENER: &(dyn DealListener + 'static) = &Leads;

#[linkme::distributed_slice(REGISTRATION_SOURCES)]
static SOURCE: &(dyn RegistrationSource + 'static) = &Leads;

impl RegistrationSource for Leads {
    fn record<'a>(&'a self, db: &'a Db, viewer: &'a Viewer, id: i64) -> Lookup<'a> {
        Box::pin(store::registration_record(db, viewer, id))
    }
}

impl DealListener for Leads {
    /// A registration from a lead converts it (in the same batch).
    fn registered(
        &self,
        _prepared: Option<&Prepared>,
        r: &Registration,
        batch: &mut Batch,
    ) -> bool {
        store::push_conversion(batch, r);
        true
    }

    /// A won deal from a lead records what it was won for on the lead
    /// (the revenue of the staff's lead figures).
    fn won<'a>(
        &'a self,
        conn: &'a mut AnyConnection,
        win: &'a Win,
        _public_url: &'a str,
    ) -> Step<'a, ()> {
        store::record_win(conn, win)
    }
}
