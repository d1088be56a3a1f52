//! What tiers do when deals are registered and won (the deal events of
//! `server::events`): points for a registration, the company's membership
//! of the default program on its first one, rebates and commissions on a
//! win. Deals publish; they never name this feature.

use sqlx::AnyConnection;

use super::store;
use crate::server::batch::Batch;
use crate::server::events::{DealListener, Prepared, Registration, Step, Win, DEAL_LISTENERS};

struct Tiers;

#[linkme::distributed_slice(DEAL_LISTENERS)]
static TIERS: &(dyn DealListener + 'static) = &Tiers;

impl DealListener for Tiers {
    /// The points a registration earns the company (`None`: no membership
    /// yet, so the late step makes one).
    fn prepare<'a>(
        &'a self,
        conn: &'a mut AnyConnection,
        company_id: i64,
    ) -> Step<'a, Option<Prepared>> {
        Box::pin(async move {
            Ok(store::registration_points(conn, company_id)
                .await?
                .map(|points| Box::new(points) as Prepared))
        })
    }

    fn registered(&self, prepared: Option<&Prepared>, r: &Registration, batch: &mut Batch) -> bool {
        let Some(points) = prepared.and_then(|p| p.downcast_ref::<i64>()) else {
            return false;
        };
        store::add_registration_award(batch, r.deal_id, r.company_id, r.user_id, *points, r.at);
        true
    }

    fn registered_late<'a>(
        &'a self,
        conn: &'a mut AnyConnection,
        r: &'a Registration,
    ) -> Step<'a, ()> {
        Box::pin(store::on_deal_registered(
            conn,
            r.deal_id,
            r.company_id,
            r.user_id,
            r.at,
        ))
    }

    fn won<'a>(
        &'a self,
        conn: &'a mut AnyConnection,
        win: &'a Win,
        public_url: &'a str,
    ) -> Step<'a, ()> {
        Box::pin(store::on_deal_won(conn, win, public_url))
    }
}
