//! The staff's vetting queue (pending, approved, declined) and one
//! application: what was asked, its likely duplicates, and the decision.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::super::api::{
    application_get, applications_list, ApplicationApprove, ApplicationDecline,
};
use super::super::rules::{ApplicationStatus, REASON_MAX};
use super::super::types::{ApplicationDetail, ApplicationRow};
use super::{status_tone, RampCard};
use crate::shared::l10n::use_l10n;
use crate::shared::validate::{country_name, region_label, REGIONS};
use crate::shared::Role;
use crate::t;
use crate::ui::{
    action_error, format_date, format_datetime, Badge, EmptyState, Field, FormError, Loaded,
    Notice, Page, Pager, SelectField, TextArea,
};

const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    view! {
        <Page title=t!("apps-title") roles=STAFF>
            <ApplicationsBody />
        </Page>
    }
}

#[component]
fn ApplicationsBody() -> impl IntoView {
    let q = use_query_map();
    let status = move || q.read().get("status").unwrap_or_else(|| "pending".into());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let list = Resource::new(
        move || (status(), page()),
        |(s, p)| applications_list(Some(s), p),
    );
    view! {
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/companies">{t!("company-list-title")}</a></p>
                <h1>{t!("apps-title")}</h1>
                <p class="muted">{t!("apps-lead")}</p>
            </div>
        </div>
        <Loaded resource=list let:l>
            {
                let tabs = [
                    (ApplicationStatus::Pending, l.pending),
                    (ApplicationStatus::Approved, l.approved),
                    (ApplicationStatus::Declined, l.declined),
                ];
                let current = l.status;
                let approved_tab = current == ApplicationStatus::Approved;
                let ramp = l.ramp.clone();
                let pages = l.rows.pages();
                let base = format!("/companies/applications?status={}", current.as_str());
                view! {
                    <nav class="tabs" aria-label=t!("apps-tabs-label")>
                        {tabs.into_iter().map(|(s, n)| {
                            let on = s == current;
                            view! {
                                <a href=format!("/companies/applications?status={}", s.as_str()) class:active=on aria-current=on.then_some("page")>
                                    {format!("{} ({})", s.label(), use_l10n().number(n))}
                                </a>
                            }
                        }).collect_view()}
                    </nav>
                    {if l.rows.items.is_empty() {
                        view! { <EmptyState title=t!("apps-empty-title") text=t!("apps-empty-text") /> }.into_any()
                    } else {
                        view! {
                            <div class="table-wrap card" tabindex="0" role="region" aria-label=t!("apps-title")>
                                <table class="table">
                                    <thead><tr>
                                        <th scope="col">{t!("apps-col-company")}</th>
                                        <th scope="col">{t!("apps-col-type")}</th>
                                        <th scope="col" class="hide-sm">{t!("apps-col-revenue")}</th>
                                        <th scope="col" class="hide-sm">{t!("apps-col-contact")}</th>
                                        <th scope="col">{if current == ApplicationStatus::Pending { t!("apps-col-waiting") } else { t!("apps-col-decided") }}</th>
                                        {approved_tab.then(|| view! {
                                            <th scope="col">{t!("apps-col-terms")}</th>
                                            <th scope="col" class="num">{t!("apps-col-people")}</th>
                                            <th scope="col" class="num">{t!("apps-col-first-deal")}</th>
                                        })}
                                    </tr></thead>
                                    <tbody>
                                        {l.rows.items.into_iter().map(row_view).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pager page=l.rows.page pages=pages total=l.rows.total base=base />
                        }.into_any()
                    }}
                    <RampCard months=ramp />
                }
            }
        </Loaded>
    }
}

fn row_view(r: ApplicationRow) -> impl IntoView {
    view! {
        <tr>
            <td>
                <a class="cell-main" href=format!("/companies/applications/{}", r.id)>{r.legal_name}</a>
                <div class="muted small">{country_name(&r.country)}</div>
            </td>
            <td>{r.partner_type.label()}</td>
            <td class="hide-sm">{r.revenue_band.label()}</td>
            <td class="hide-sm">{r.contact_name}</td>
            <td>{format_date(r.at)}</td>
            {r.progress.map(|p| view! {
                <td>{if p.terms { t!("apps-terms-accepted") } else { t!("apps-terms-waiting") }}</td>
                <td class="num">{use_l10n().number(p.people)}</td>
                <td class="num">{p.first_deal_days.map(|d| t!("ramp-days", days = d)).unwrap_or_else(|| "—".into())}</td>
            })}
        </tr>
    }
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    view! {
        <Page title=t!("app-page-title") roles=STAFF>
            <ApplicationBody />
        </Page>
    }
}

#[component]
fn ApplicationBody() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let approve = ServerAction::<ApplicationApprove>::new();
    let decline = ServerAction::<ApplicationDecline>::new();
    let app = Resource::new(
        move || (id(), decline.version().get()),
        |(id, _)| application_get(id),
    );
    view! {
        <Loaded resource=app let:d>
            <ApplicationView d=d approve=approve decline=decline />
        </Loaded>
    }
}

#[component]
fn ApplicationView(
    d: ApplicationDetail,
    approve: ServerAction<ApplicationApprove>,
    decline: ServerAction<ApplicationDecline>,
) -> impl IntoView {
    let approve_error = action_error(approve.value());
    let decline_error = action_error(decline.value());
    let q = use_query_map();
    let declined_now = move || q.read().get("declined").is_some();
    let specs = if d.specialisations.is_empty() {
        "—".to_string()
    } else {
        d.specialisations
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let regions: Vec<(String, String)> = REGIONS
        .iter()
        .map(|r| (r.to_string(), region_label(r)))
        .collect();
    let managers: Vec<(String, String)> = d
        .managers
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    let pending = d.status == ApplicationStatus::Pending;
    let website = d.website.clone();
    view! {
        <leptos_meta::Title text=t!("app-doc-title", company = d.legal_name.as_str()) />
        {move || declined_now().then(|| view! { <Notice text=t!("app-notice-declined") /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/companies/applications">{t!("apps-title")}</a>" / #"{d.id}</p>
                <h1>{d.legal_name.clone()}</h1>
                <p class="muted">{format!("{} · {}", d.partner_type.label(), country_name(&d.country))}</p>
            </div>
            <div class="head-badges">
                <Badge text=d.status.label() tone=status_tone(d.status) />
            </div>
        </div>
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">{t!("app-section-company")}</h2>
                    <dl class="facts facts-2">
                        <dt>{t!("apply-field-website")}</dt>
                        <dd>{if website.is_empty() { view! { "—" }.into_any() } else { view! { <a href=website.clone() rel="noopener noreferrer nofollow" target="_blank">{website.clone()}</a> }.into_any() }}</dd>
                        <dt>{t!("apply-field-country")}</dt><dd>{country_name(&d.country)}</dd>
                        <dt>{t!("apply-field-type")}</dt><dd>{d.partner_type.label()}</dd>
                        <dt>{t!("apply-field-revenue")}</dt><dd>{d.revenue_band.label()}</dd>
                        <dt>{t!("apply-section-specialisations")}</dt><dd>{specs}</dd>
                        <dt>{t!("apply-field-tax-id")}</dt><dd>{if d.tax_id.is_empty() { "—".to_string() } else { d.tax_id.clone() }}</dd>
                    </dl>
                </section>
                <section class="card">
                    <h2 class="card-title">{t!("apply-section-contact")}</h2>
                    <dl class="facts facts-2">
                        <dt>{t!("apply-field-contact-name")}</dt><dd>{d.contact_name.clone()}</dd>
                        <dt>{t!("apply-field-contact-email")}</dt><dd><a href=format!("mailto:{}", d.contact_email)>{d.contact_email.clone()}</a></dd>
                        <dt>{t!("apply-field-contact-phone")}</dt><dd>{if d.contact_phone.is_empty() { "—".to_string() } else { d.contact_phone.clone() }}</dd>
                        <dt>{t!("app-fact-applied")}</dt><dd>{format_datetime(d.created_at)}</dd>
                        <dt>{t!("app-fact-confirmed")}</dt><dd>{d.confirmed_at.map(format_datetime).unwrap_or_else(|| "—".into())}</dd>
                    </dl>
                    {(!d.message.is_empty()).then(|| view! {
                        <h3 class="subhead">{t!("apply-field-message")}</h3>
                        <p class="prewrap">{d.message.clone()}</p>
                    })}
                </section>
            </div>
            <div class="stack">
                <section class="card" aria-labelledby="dup-title">
                    <h2 class="card-title" id="dup-title">{t!("app-section-duplicates")}</h2>
                    {if d.duplicates.is_empty() {
                        view! { <p class="muted">{t!("app-no-duplicates")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list">
                                {d.duplicates.iter().map(|x| {
                                    let label = use_l10n().t(x.kind.label_key());
                                    view! {
                                        <li>
                                            <Badge text=label tone="warning" />" "
                                            {match x.href.clone() {
                                                Some(h) => view! { <a href=h>{x.name.clone()}</a> }.into_any(),
                                                None => view! { <span>{x.name.clone()}</span> }.into_any(),
                                            }}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                {if pending {
                    view! {
                        <section class="card stack" aria-labelledby="approve-title">
                            <h2 class="card-title" id="approve-title">{t!("app-approve-title")}</h2>
                            <p class="muted small">{t!("app-approve-lead")}</p>
                            <FormError error=approve_error />
                            <ActionForm action=approve attr:class="stack">
                                <input type="hidden" name="id" value=d.id />
                                <Field label=t!("app-field-company-name") name="company_name" initial=d.legal_name.clone() error=approve_error required=true scope="approve" />
                                <SelectField label=t!("app-field-region") name="region" options=regions initial=d.suggested_region.clone() error=approve_error scope="approve" />
                                <SelectField label=t!("app-field-manager") name="manager_id" options=managers error=approve_error scope="approve" />
                                <button class="btn btn-primary" type="submit">{t!("app-approve-submit")}</button>
                            </ActionForm>
                        </section>
                        <section class="card stack" aria-labelledby="decline-title">
                            <h2 class="card-title" id="decline-title">{t!("app-decline-title")}</h2>
                            <FormError error=decline_error />
                            <ActionForm action=decline attr:class="stack">
                                <input type="hidden" name="id" value=d.id />
                                <TextArea label=t!("app-field-reason") name="reason" error=decline_error maxlength=REASON_MAX hint=t!("app-field-reason-hint") scope="decline" />
                                <button class="btn btn-danger" type="submit">{t!("app-decline-submit")}</button>
                            </ActionForm>
                        </section>
                    }.into_any()
                } else {
                    view! {
                        <section class="card">
                            <h2 class="card-title">{t!("app-decision-title")}</h2>
                            <dl class="facts">
                                <dt>{t!("app-fact-decision")}</dt><dd>{d.status.label()}</dd>
                                <dt>{t!("app-fact-decided")}</dt><dd>{format!("{} · {}", d.decided_at.map(format_datetime).unwrap_or_default(), d.decided_by.clone().unwrap_or_default())}</dd>
                                {(!d.decline_reason.is_empty()).then(|| view! { <dt>{t!("app-field-reason")}</dt><dd class="prewrap">{d.decline_reason.clone()}</dd> })}
                                {d.company_id.map(|c| view! { <dt>{t!("app-fact-company")}</dt><dd><a href=format!("/companies/{c}")>{t!("app-open-company")}</a></dd> })}
                            </dl>
                        </section>
                    }.into_any()
                }}
            </div>
        </div>
    }
}
