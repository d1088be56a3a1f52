//! Partner company pages for vendor staff.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{companies_list, company_get, AssignmentSet, CompanySave};
use super::types::{Company, CompanyDetail};
use crate::features::admin::AdminInvite;
use crate::shared::l10n::use_l10n;
use crate::shared::validate::{country_name, region_label, COUNTRIES, REGIONS};
use crate::shared::{AppError, CompanyStatus, CompanyType, Role};
use crate::t;
use crate::ui::Page;
use crate::ui::{
    action_error, format_date, status_tone, Badge, EmptyState, Field, FormError, Loaded, Notice,
    Pager, SelectField,
};

const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

#[component]
pub fn CompaniesPage() -> impl IntoView {
    view! {
        <Page title=t!("company-list-title") roles=STAFF>
            <CompaniesBody />
        </Page>
    }
}

#[component]
fn CompaniesBody() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let list = Resource::new(
        move || (q(), page()),
        |(q, page)| companies_list(Some(q), page),
    );
    let is_admin = crate::ui::use_viewer().is_some_and(|v| v.role == Role::VendorAdmin);
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("company-list-title")}</h1>
                <p class="muted">{if is_admin { t!("company-list-lead-admin") } else { t!("company-list-lead-manager") }}</p>
            </div>
            <div class="head-badges">
                <a class="btn btn-secondary" href="/companies/applications">{t!("apps-link")}</a>
                <a class="btn btn-secondary" href="/companies/terms">{t!("terms-admin-link")}</a>
                {is_admin.then(|| view! { <a class="btn btn-primary" href="/companies/new">{t!("company-add")}</a> })}
            </div>
        </div>
        <section class="card table-card">
            <form method="get" action="/companies" class="toolbar" role="search">
                <label class="sr-only" for="company-search">{t!("company-search-label")}</label>
                <input id="company-search" type="search" name="q" placeholder=t!("company-search-placeholder") value=q />
                <button class="btn btn-secondary" type="submit">{t!("company-search-submit")}</button>
            </form>
            <Loaded resource=list let:loaded>
                {match loaded {
                        p if p.items.is_empty() => view! {
                            <EmptyState title=t!("company-empty-title") text=if is_admin { t!("company-empty-admin") } else { t!("company-empty-manager") } />
                        }.into_any(),
                        p => {
                            let pages = p.pages();
                            let base = format!("/companies?q={}", q());
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <thead><tr>
                                            <th scope="col">{t!("company-col-company")}</th>
                                            <th scope="col">{t!("company-col-type")}</th>
                                            <th scope="col">{t!("company-col-region")}</th>
                                            <th scope="col" class="num">{t!("company-col-people")}</th>
                                            <th scope="col">{t!("company-col-status")}</th>
                                        </tr></thead>
                                        <tbody>
                                            {p.items.into_iter().map(|c| view! {
                                                <tr>
                                                    <td><a class="cell-main" href=format!("/companies/{}", c.id)>{c.name}</a></td>
                                                    <td>{c.company_type.label()}</td>
                                                    <td>{format!("{} · {}", region_label(&c.region), country_name(&c.country))}</td>
                                                    <td class="num">{use_l10n().number(c.people)}</td>
                                                    <td><Badge text=c.status.label() tone=status_tone(c.status.as_str()) /></td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <Pager page=p.page pages=pages total=p.total base=base />
                            }.into_any()
                        }
                }}
            </Loaded>
        </section>
    }
}

fn type_options() -> Vec<(String, String)> {
    CompanyType::ALL
        .iter()
        .map(|t| (t.as_str().into(), t.label()))
        .collect()
}

fn region_options() -> Vec<(String, String)> {
    REGIONS
        .iter()
        .map(|r| (r.to_string(), region_label(r)))
        .collect()
}

/// The countries by their names in the reader's language.
fn country_options() -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(c, _)| (c.to_string(), country_name(c)))
        .collect();
    options.sort_by_key(|(_, name)| name.to_lowercase());
    options
}

fn status_options() -> Vec<(String, String)> {
    CompanyStatus::ALL
        .iter()
        .map(|s| (s.as_str().into(), s.label()))
        .collect()
}

/// The company form, for a new company (`company` None) or an edit.
#[component]
fn CompanyForm(action: ServerAction<CompanySave>, company: Option<Company>) -> impl IntoView {
    let error = action_error(action.value());
    let saved = move || matches!(action.value().get(), Some(Ok(_)));
    let c = company.clone();
    let get = move |f: fn(&Company) -> String, default: &str| {
        c.as_ref().map(f).unwrap_or_else(|| default.to_string())
    };
    let is_edit = company.is_some();
    view! {
        {move || (saved() && is_edit).then(|| view! { <Notice text=t!("company-saved") /> })}
        <FormError error />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            {company.as_ref().map(|c| view! { <input type="hidden" name="id" value=c.id /> })}
            <Field label=t!("company-form-name") name="name" initial=get(|c| c.name.clone(), "") error required=true />
            <div class="row-2">
                <SelectField label=t!("company-form-type") name="company_type" options=type_options() initial=get(|c| c.company_type.as_str().into(), "reseller") error />
                <SelectField label=t!("company-form-region") name="region" options=region_options() initial=get(|c| c.region.clone(), REGIONS[0]) error />
            </div>
            <div class="row-2">
                <SelectField label=t!("company-form-country") name="country" options=country_options() initial=get(|c| c.country.clone(), "US") error />
                <SelectField label=t!("company-form-status") name="status" options=status_options() initial=get(|c| c.status.as_str().into(), "active") error />
            </div>
            <Field label=t!("company-form-website") name="website" initial=get(|c| c.website.clone(), "") error hint=t!("company-form-website-hint") />
            <button class="btn btn-primary" type="submit" disabled=move || action.pending().get()>
                {if is_edit { t!("company-form-save") } else { t!("company-add") }}
            </button>
        </ActionForm>
    }
}

#[component]
pub fn NewCompanyPage() -> impl IntoView {
    let action = ServerAction::<CompanySave>::new();
    view! {
        <Page title=t!("company-new-title") roles=&[Role::VendorAdmin]>
            <div class="page-head"><h1>{t!("company-new-title")}</h1></div>
            <section class="card form-card narrow">
                <CompanyForm action company=None />
            </section>
        </Page>
    }
}

#[component]
pub fn CompanyPage() -> impl IntoView {
    view! {
        <Page title=t!("company-page-title") roles=STAFF>
            <CompanyBody />
        </Page>
    }
}

#[component]
fn CompanyBody() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.read().get("id").and_then(|i| i.parse::<i64>().ok());
    let page = move || query.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let save = ServerAction::<CompanySave>::new();
    let invite = ServerAction::<AdminInvite>::new();
    let assign = ServerAction::<AssignmentSet>::new();
    let detail = Resource::new(
        move || {
            (
                id(),
                page(),
                save.version().get(),
                invite.version().get(),
                assign.version().get(),
            )
        },
        |(id, page, ..)| async move {
            match id {
                Some(id) => company_get(id, page).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Loaded resource=detail let:d>
            <CompanyDetailView d save invite assign />
        </Loaded>
    }
}

#[component]
fn CompanyDetailView(
    d: CompanyDetail,
    save: ServerAction<CompanySave>,
    invite: ServerAction<AdminInvite>,
    assign: ServerAction<AssignmentSet>,
) -> impl IntoView {
    let c = d.company.clone();
    let pages = d.members.pages();
    let can_edit = d.can_edit;
    let managers = d.managers;
    let members = d.members;
    let invite_error = action_error(invite.value());
    let invited = move || matches!(invite.value().get(), Some(Ok(())));
    let assign_error = action_error(assign.value());
    let company_id = c.id;
    let l = use_l10n();
    let role_options = vec![
        (
            Role::PartnerAdmin.as_str().to_string(),
            Role::PartnerAdmin.label(),
        ),
        (
            Role::PartnerUser.as_str().to_string(),
            Role::PartnerUser.label(),
        ),
    ];
    let meta = t!(
        "company-detail-meta",
        company_type = c.company_type.label(),
        region = region_label(&c.region),
        country = country_name(&c.country),
        date = format_date(c.created_at)
    );
    view! {
        <div class="page-head">
            <div>
                <p class="crumbs"><a href="/companies">{t!("company-list-title")}</a></p>
                <h1>{c.name.clone()}</h1>
                <p class="muted">
                    {meta}
                    " "
                    <Badge text=c.status.label() tone=status_tone(c.status.as_str()) />
                </p>
            </div>
        </div>
        <div class="split">
            <div class="stack-lg">
                <section class="card table-card">
                    <h2 class="card-title">{t!("company-people-title")}</h2>
                    {if members.items.is_empty() {
                        view! { <EmptyState title=t!("company-people-empty-title") text=t!("company-people-empty-text") /> }.into_any()
                    } else {
                        view! {
                            <div class="table-wrap">
                                <table class="table">
                                    <thead><tr><th scope="col">{t!("company-col-name")}</th><th scope="col">{t!("company-col-role")}</th><th scope="col">{t!("company-col-status")}</th><th scope="col">{t!("company-col-last-sign-in")}</th></tr></thead>
                                    <tbody>
                                        {members.items.clone().into_iter().map(|m| view! {
                                            <tr>
                                                <td><div class="cell-main">{m.name.clone()}</div><div class="cell-sub">{m.email.clone()}</div></td>
                                                <td>{m.role.label()}</td>
                                                <td><Badge text=m.status.label() tone=status_tone(m.status.as_str()) /></td>
                                                <td class="nowrap">{m.last_login_at.map(|at| l.day_of(at)).unwrap_or_else(|| l.t("company-never"))}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pager page=members.page pages=pages total=members.total base=format!("/companies/{company_id}") />
                        }.into_any()
                    }}
                </section>
                <section class="card">
                    <h2 class="card-title">{t!("company-managers-title")}</h2>
                    <FormError error=assign_error />
                    {if managers.is_empty() {
                        view! { <p class="muted">{t!("company-managers-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list managers">
                                {managers.into_iter().map(|m| {
                                    view! {
                                        <li>
                                            <span><strong>{m.name.clone()}</strong>" "<span class="muted">{m.email.clone()}</span></span>
                                            {if can_edit {
                                                view! {
                                                    <ActionForm action=assign>
                                                        <input type="hidden" name="manager_id" value=m.id />
                                                        <input type="hidden" name="company_id" value=company_id />
                                                        <input type="hidden" name="assigned" value=(!m.assigned).to_string() />
                                                        <button class="btn btn-secondary btn-sm" type="submit">{if m.assigned { t!("company-unassign") } else { t!("company-assign") }}</button>
                                                    </ActionForm>
                                                }.into_any()
                                            } else {
                                                view! { <Badge text=t!("company-assigned") tone="info" /> }.into_any()
                                            }}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            </div>
            {can_edit.then(|| view! {
                <div class="stack-lg">
                    <section class="card form-card">
                        <h2 class="card-title">{t!("company-invite-title")}</h2>
                        {move || invited().then(|| view! { <Notice text=t!("company-invite-sent") /> })}
                        <FormError error=invite_error />
                        <ActionForm action=invite attr:class="stack" attr:novalidate=true>
                            <input type="hidden" name="company_id" value=company_id />
                            <Field label=t!("company-invite-name") name="name" error=invite_error required=true />
                            <Field label=t!("company-invite-email") name="email" kind="email" error=invite_error required=true />
                            <SelectField label=t!("company-invite-role") name="role" options=role_options.clone() initial="partner_admin" error=invite_error />
                            <button class="btn btn-primary" type="submit">{t!("company-invite-submit")}</button>
                        </ActionForm>
                    </section>
                    <section class="card form-card">
                        <h2 class="card-title">{t!("company-details-title")}</h2>
                        <CompanyForm action=save company=Some(c.clone()) />
                    </section>
                </div>
            })}
        </div>
    }
}
