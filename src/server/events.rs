//! Events between features, one way: the feature a thing happens in
//! publishes it; the features that care subscribe, and the publisher never
//! names them. Deal registration publishes "registered" and "won"; the
//! tiers feature (points, incentives) listens. A listener registers itself
//! with [`linkme::distributed_slice`] in its own folder, so adding one
//! touches neither the publisher nor this file.
//!
//! A registration stays one round trip inside the write lock: a listener
//! may read what it needs before the lock ([`DealListener::prepare`]) and
//! then add its statements to the publisher's batch
//! ([`DealListener::registered`]); only when it could not read ahead does
//! it run in the transaction after the batch ([`DealListener::registered_late`]).

use std::any::Any;
use std::future::Future;
use std::pin::Pin;

use sqlx::AnyConnection;

use crate::server::batch::Batch;
use crate::server::db::Db;
use crate::shared::{AppError, Viewer};

/// What a listener read before the write lock, for itself only.
pub type Prepared = Box<dyn Any + Send + Sync>;

/// A listener's asynchronous step.
pub type Step<'a, T> = Pin<Box<dyn Future<Output = Result<T, sqlx::Error>> + Send + 'a>>;

/// A deal registration, as its listeners see it (the deal is written in
/// the same transaction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Registration {
    pub deal_id: i64,
    pub company_id: i64,
    pub user_id: i64,
    pub at: i64,
    /// The vendor's lead the deal was registered from, if any (checked
    /// with its [`RegistrationSource`] before the registration).
    pub lead_id: Option<i64>,
}

/// A won deal, as its listeners see it: read by deals in the transaction
/// that marks it won, so no listener reads the deals table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Win {
    pub deal_id: i64,
    pub company_id: i64,
    pub owner_user_id: i64,
    /// The final value when one was given, else the registered value.
    pub value_cents: i64,
    pub currency: String,
    pub won_at: i64,
    /// The vendor's lead the deal was registered from, if any.
    pub lead_id: Option<i64>,
}

/// What a feature does when deals are registered or won.
pub trait DealListener: Sync {
    /// Before the write lock, with the pool: what handling a registration
    /// by `company_id` will need (`None`, the default: nothing to read
    /// ahead).
    fn prepare<'a>(
        &'a self,
        _conn: &'a mut AnyConnection,
        _company_id: i64,
    ) -> Step<'a, Option<Prepared>> {
        Box::pin(async { Ok(None) })
    }

    /// Inside the lock: adds this listener's statements to the
    /// registration's batch from what [`prepare`](Self::prepare) read;
    /// `false` when it could not, and [`registered_late`](Self::registered_late)
    /// runs instead.
    fn registered(&self, prepared: Option<&Prepared>, r: &Registration, batch: &mut Batch) -> bool;

    /// In the registration's transaction, after its batch (by default
    /// nothing: a listener whose `registered` never declines needs none).
    fn registered_late<'a>(
        &'a self,
        _conn: &'a mut AnyConnection,
        _r: &'a Registration,
    ) -> Step<'a, ()> {
        Box::pin(async { Ok(()) })
    }

    /// In the transaction that marks the deal won (by default nothing).
    fn won<'a>(
        &'a self,
        _conn: &'a mut AnyConnection,
        _win: &'a Win,
        _public_url: &'a str,
    ) -> Step<'a, ()> {
        Box::pin(async { Ok(()) })
    }
}

/// A record a partner can register a deal from (a lead the vendor handed
/// it), as the registration form's values: the form opens filled in, and
/// the registration records where it came from. The feature that owns the
/// records registers itself; deals never name it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceRecord {
    /// Form field name and value (`customer_name`, `contact_email`, ...).
    pub values: Vec<(String, String)>,
    pub product_ids: Vec<i64>,
}

/// A source's answer.
pub type Lookup<'a> =
    Pin<Box<dyn Future<Output = Result<Option<SourceRecord>, AppError>> + Send + 'a>>;

pub trait RegistrationSource: Sync {
    /// Record `id` if `viewer` may register a deal from it now.
    fn record<'a>(&'a self, db: &'a Db, viewer: &'a Viewer, id: i64) -> Lookup<'a>;
}

/// Every registration source, gathered at link time.
#[linkme::distributed_slice]
pub static REGISTRATION_SOURCES: [&'static (dyn RegistrationSource + 'static)];

/// The record `id` a deal may be registered from by `viewer`, if any
/// source has it.
pub async fn registration_source(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<Option<SourceRecord>, AppError> {
    for s in REGISTRATION_SOURCES {
        if let Some(r) = s.record(db, viewer, id).await? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// Every deal listener in the program, gathered at link time.
#[linkme::distributed_slice]
pub static DEAL_LISTENERS: [&'static (dyn DealListener + 'static)];

/// What every listener read ahead of one registration.
pub struct Ahead(Vec<Option<Prepared>>);

/// Reads ahead for a registration by `company_id` (before the lock).
pub async fn prepare_registration(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Ahead, sqlx::Error> {
    let mut all = Vec::with_capacity(DEAL_LISTENERS.len());
    for l in DEAL_LISTENERS {
        all.push(l.prepare(&mut *conn, company_id).await?);
    }
    Ok(Ahead(all))
}

impl Ahead {
    /// Adds the listeners' statements to the batch; the listeners that
    /// could not are returned, to run [`registered_late`] after it.
    pub fn registered(&self, r: &Registration, batch: &mut Batch) -> Late {
        Late(
            DEAL_LISTENERS
                .iter()
                .zip(&self.0)
                .enumerate()
                .filter(|(_, (l, p))| !l.registered(p.as_ref(), r, batch))
                .map(|(i, _)| i)
                .collect(),
        )
    }
}

/// The listeners a registration still has to run in its transaction.
#[derive(Debug, PartialEq, Eq)]
pub struct Late(Vec<usize>);

impl Late {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Runs the listeners that could not join the batch.
pub async fn registered_late(
    conn: &mut AnyConnection,
    late: &Late,
    r: &Registration,
) -> Result<(), sqlx::Error> {
    for i in &late.0 {
        DEAL_LISTENERS[*i].registered_late(&mut *conn, r).await?;
    }
    Ok(())
}

/// Tells every listener that a deal was won, in the caller's transaction.
pub async fn won(conn: &mut AnyConnection, win: &Win, public_url: &str) -> Result<(), sqlx::Error> {
    for l in DEAL_LISTENERS {
        l.won(&mut *conn, win, public_url).await?;
    }
    Ok(())
}
