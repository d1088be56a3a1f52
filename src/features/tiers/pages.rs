//! Tier and incentive pages: the partner's tier with progress and the next
//! tier, the partner's earnings and rank, the staff overview of tiers with
//! changes to decide, a company's tier page, the program console, and the
//! payout console.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{format_bp, IncentiveStatus, Progress, ReqKind};
use super::types::*;
use crate::shared::money::{format_money, money_input};
use crate::shared::Role;
use crate::ui::Page;
use crate::ui::{
    action_error, format_date, format_datetime, scoped_error, Badge, EmptyState, Field, FormError,
    Loaded, Notice, Pager, SelectField, TextArea,
};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];
const ADMIN: &[Role] = &[Role::VendorAdmin];

fn notices(pairs: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let q = use_query_map();
    move || {
        pairs
            .iter()
            .filter(|(k, _)| q.read().get(k).is_some())
            .map(|(_, text)| view! { <Notice text=*text /> })
            .collect_view()
    }
}

/// "$78,500.00 of $250,000.00" and the like.
fn progress_value(p: &Progress, currency: &str) -> String {
    match (p.kind, p.current) {
        (_, None) => "Not tracked yet".into(),
        (ReqKind::Revenue, Some(c)) => format!(
            "{} of {}",
            format_money(c, currency),
            format_money(p.target, currency)
        ),
        (ReqKind::Custom, Some(c)) => if c > 0 { "Done" } else { "Not yet" }.into(),
        (_, Some(c)) => format!("{c} of {}", p.target),
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
                view! {
                    <li>
                        <div class="progress-head">
                            <span>{p.label.clone()}</span>
                            <span class="progress-value">
                                {value}" "
                                {if !tracked {
                                    view! { <Badge text="Not counted yet" tone="neutral" /> }.into_any()
                                } else if p.met {
                                    view! { <Badge text="Met" tone="success" /> }.into_any()
                                } else {
                                    ().into_any()
                                }}
                            </span>
                        </div>
                        {tracked.then(|| view! {
                            <progress max=max.to_string() value=now.to_string() aria-label=p.label.clone()></progress>
                        })}
                        {(!tracked).then(|| view! { <p class="muted small">"Certification is counted once training is part of the portal; until then it does not block the tier."</p> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn benefit_lines(b: &super::rules::Benefits) -> Vec<(&'static str, String)> {
    vec![
        ("Resale discount", format_bp(b.discount_bp)),
        (
            "Deal registration extra margin",
            format_bp(b.deal_margin_bp),
        ),
        ("Rebate on won deals", format_bp(b.rebate_bp)),
        ("Commission on won deals", format_bp(b.commission_bp)),
        (
            "Market development funds",
            if b.mdf_eligible {
                "Eligible"
            } else {
                "Not included"
            }
            .to_string(),
        ),
        ("Content access", b.content.label().to_string()),
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
                <h2 class="card-title" id="tier-title">{format!("Your tier: {}", card.tier.name)}</h2>
                {link.then(|| view! { <a class="btn btn-secondary btn-sm" href="/tier">"Tier details"</a> })}
            </div>
            <p class="muted small">{format!("{} · since {}", card.program.name, format_date(card.since))}</p>
            {benefits.map(|b| view! {
                <p class="tier-benefits">
                    {format!("{} discount · {} deal registration margin · {} rebate", format_bp(b.discount_bp), format_bp(b.deal_margin_bp), format_bp(b.rebate_bp))}
                </p>
            })}
            {card.grace_until.map(|g| view! {
                <div class="alert alert-warning" role="status"><span>{format!("Below the {} requirements: the tier is kept until {}. Meet them again to keep it.", card.tier.name, format_date(g))}</span></div>
            })}
            {(!card.keep.is_empty()).then(|| view! {
                <h3 class="sub-title">{format!("To keep {}", card.tier.name)}</h3>
                <ProgressList items=card.keep.clone() currency=currency.clone() />
            })}
            {card.pending.clone().map(|p| view! {
                <p><Badge text=format!("{} -> {} proposed, waiting for your channel manager", p.from, p.to) tone="info" /></p>
            })}
            {match card.next.clone() {
                Some((next, progress, _)) => view! {
                    <h3 class="sub-title">{format!("Progress to {}", next.name)}</h3>
                    <ProgressList items=progress currency=currency.clone() />
                }.into_any(),
                None => view! { <p class="muted">"You are at the program's top tier."</p> }.into_any(),
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
