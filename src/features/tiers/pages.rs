//! Tier and incentive pages: the partner's tier with progress and the next
//! tier, the partner's earnings and rank, the staff overview of tiers with
//! changes to decide, a company's tier page, the program console, and the
//! payout console.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{format_bp, IncentiveStatus, Progress, ReqKind};
use super::types::*;
use crate::shared::l10n::{use_l10n, Arg};
use crate::shared::money::{format_money, group_digits, money_input};
use crate::shared::Role;
use crate::ui::Page;
use crate::ui::{
    action_error, format_date, format_datetime, scoped_error, Badge, EmptyState, Field, FormError,
    Loaded, Notice, Pager, SelectField, TextArea,
};
use crate::{k, t};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];
const ADMIN: &[Role] = &[Role::VendorAdmin];

/// Notices for query parameters: (parameter, message key).
fn notices(pairs: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let q = use_query_map();
    move || {
        let l = use_l10n();
        pairs
            .iter()
            .filter(|(k, _)| q.read().get(k).is_some())
            .map(|(_, key)| view! { <Notice text=l.t(key) /> })
            .collect_view()
    }
}

/// "$78,500 of $250,000" and the like.
fn progress_value(p: &Progress, currency: &str) -> String {
    match (p.kind, p.current) {
        (_, None) => t!("tier-progress-untracked"),
        (ReqKind::Revenue, Some(c)) => t!(
            "tier-progress-of",
            current = format_money(c, currency),
            target = format_money(p.target, currency)
        ),
        (ReqKind::Custom, Some(c)) if c > 0 => t!("tier-progress-done"),
        (ReqKind::Custom, Some(_)) => t!("tier-progress-not-yet"),
        (_, Some(c)) => t!("tier-progress-of", current = c, target = p.target),
    }
}

#[component]
pub fn ProgressList(items: Vec<Progress>, currency: String) -> impl IntoView {
    view! {
        <ul class="plain-list progress-list">
            {items.into_iter().map(|p| {
                let value = progress_value(&p, &currency);
                let (now, max) = match p.current {
                    Some(c) => (c.min(p.target), p.target.max(1)),
                    None => (0, 1),
                };
                let tracked = p.current.is_some();
                let name = p.name();
                view! {
                    <li>
                        <div class="progress-head">
                            <span>{name.clone()}</span>
                            <span class="progress-value">
                                {value}" "
                                {if !tracked {
                                    view! { <Badge text=t!("tier-progress-not-counted") tone="neutral" /> }.into_any()
                                } else if p.met {
                                    view! { <Badge text=t!("tier-progress-met") tone="success" /> }.into_any()
                                } else {
                                    ().into_any()
                                }}
                            </span>
                        </div>
                        {tracked.then(|| view! {
                            <progress max=max.to_string() value=now.to_string() aria-label=name.clone()></progress>
                        })}
                        {(!tracked).then(|| view! { <p class="muted small">{t!("tier-progress-certification")}</p> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn benefit_lines(b: &super::rules::Benefits) -> Vec<(String, String)> {
    vec![
        (t!("tier-benefit-discount"), format_bp(b.discount_bp)),
        (t!("tier-benefit-margin"), format_bp(b.deal_margin_bp)),
        (t!("tier-benefit-rebate"), format_bp(b.rebate_bp)),
        (t!("tier-benefit-commission"), format_bp(b.commission_bp)),
        (
            t!("tier-benefit-mdf"),
            if b.mdf_eligible {
                t!("tier-benefit-mdf-eligible")
            } else {
                t!("tier-benefit-mdf-not-included")
            },
        ),
        (t!("tier-benefit-content"), b.content.label()),
    ]
}

/// The tier card (partner home and the tier page).
#[component]
pub fn TierCardView(card: TierCard, #[prop(default = true)] link: bool) -> impl IntoView {
    let currency = card.program.currency.clone();
    let benefits = card.benefits.clone();
    view! {
        <section class="card tier-card" aria-labelledby="tier-title">
            <div class="card-head">
                <h2 class="card-title" id="tier-title">{t!("tier-card-title", tier = &card.tier.name)}</h2>
                {link.then(|| view! { <a class="btn btn-secondary btn-sm" href="/tier">{t!("tier-card-details")}</a> })}
            </div>
            <p class="muted small">{t!("tier-card-since", program = &card.program.name, date = Arg::Date(card.since))}</p>
            {benefits.map(|b| view! {
                <p class="tier-benefits">
                    {t!("tier-card-benefits", discount = format_bp(b.discount_bp), margin = format_bp(b.deal_margin_bp), rebate = format_bp(b.rebate_bp))}
                </p>
            })}
            {card.grace_until.map(|g| view! {
                <div class="alert alert-warning" role="status"><span>{t!("tier-card-grace", tier = &card.tier.name, until = Arg::Date(g))}</span></div>
            })}
            {(!card.keep.is_empty()).then(|| view! {
                <h3 class="sub-title">{t!("tier-card-keep", tier = &card.tier.name)}</h3>
                <ProgressList items=card.keep.clone() currency=currency.clone() />
            })}
            {card.pending.clone().map(|p| view! {
                <p><Badge text=t!("tier-card-pending", from = &p.from, to = &p.to) tone="info" /></p>
            })}
            {match card.next.clone() {
                Some((next, progress, _)) => view! {
                    <h3 class="sub-title">{t!("tier-card-next", tier = &next.name)}</h3>
                    <ProgressList items=progress currency=currency.clone() />
                }.into_any(),
                None => view! { <p class="muted">{t!("tier-card-top")}</p> }.into_any(),
            }}
        </section>
    }
}

mod board;
mod console;
mod earnings;
mod payouts;
mod tier;

#[allow(unused_imports)]
pub use board::*;
#[allow(unused_imports)]
pub use console::*;
#[allow(unused_imports)]
pub use earnings::*;
#[allow(unused_imports)]
pub use payouts::*;
#[allow(unused_imports)]
pub use tier::*;
