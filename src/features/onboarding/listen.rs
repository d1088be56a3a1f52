//! What onboarding does when deals are registered (the events of
//! `server::events`): an approved applicant's first registration is the
//! end of its ramp, written on its application in the registration's own
//! batch. Deals never name this feature.

use crate::server::batch::Batch;
use crate::server::events::{DealListener, Prepared, Registration, DEAL_LISTENERS};

struct Onboarding;

#[linkme::distributed_slice(DEAL_LISTENERS)]
static LISTENER: &(dyn DealListener + 'static) = &Onboarding;

impl DealListener for Onboarding {
    /// The company's first registration since its approval (an index
    /// lookup that changes nothing for every later one).
    fn registered(
        &self,
        _prepared: Option<&Prepared>,
        r: &Registration,
        batch: &mut Batch,
    ) -> bool {
        batch.push(
            "UPDATE partner_applications SET first_deal_at = $1 \
             WHERE company_id = $2 AND status = 'approved' AND first_deal_at IS NULL",
            vec![r.at.into(), r.company_id.into()],
        );
        true
    }
}
