//! Program terms: the card on the partner's first screen while the
//! company has not accepted the current version, the page partners read
//! and accept them on, and the staff's page of versions and acceptances
//! (where the vendor admin publishes a new version).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::super::api::{terms_admin_get, terms_current, TermsAccept, TermsPublish};
use super::super::rules::TERMS_BODY_MAX;
use super::super::types::{TermsAdmin, TermsStatus};
use crate::shared::l10n::use_l10n;
use crate::shared::{AppError, Role};
use crate::t;
use crate::ui::{
    action_error, format_date, format_datetime, EmptyState, Field, FormError, Loaded, Notice, Page,
    Pager, TextArea,
};

const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];
const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];

/// On the first screen while the company has not accepted the current
/// terms: what is waiting and who can accept.
#[component]
pub fn TermsCard(status: Resource<Result<Option<TermsStatus>, AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match status.await {
                    Ok(Some(s)) if !s.accepted => view! {
                        <section class="card terms-card" id="terms" aria-labelledby="terms-title">
                            <h2 class="card-title" id="terms-title">{t!("terms-card-title", version = s.version)}</h2>
                            <p>{if s.can_accept { t!("terms-card-admin", title = s.title.as_str()) } else { t!("terms-card-user", title = s.title.as_str()) }}</p>
                            <a class="btn btn-primary" href="/terms">{if s.can_accept { t!("terms-card-review") } else { t!("terms-card-read") }}</a>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/terms`: the current terms, accepted here by a partner admin.
#[component]
pub fn TermsPage() -> impl IntoView {
    let accept = ServerAction::<TermsAccept>::new();
    // Read again once accepted (with JavaScript the page stays mounted).
    let terms = Resource::new(move || accept.version().get(), |_| terms_current());
    view! {
        <Page title=t!("terms-page-title") roles=PARTNERS>
            <TermsBody terms=terms accept=accept />
        </Page>
    }
}

#[component]
fn TermsBody(
    terms: Resource<Result<Option<super::super::types::TermsView>, AppError>>,
    accept: ServerAction<TermsAccept>,
) -> impl IntoView {
    let error = action_error(accept.value());
    let q = use_query_map();
    let accepted_now = move || {
        q.read().get("accepted").is_some() || accept.value().get().is_some_and(|r| r.is_ok())
    };
    view! {
        <Loaded resource=terms let:t>
            {match t {
                None => view! { <EmptyState title=t!("terms-none-title") text=t!("terms-none-text") /> }.into_any(),
                Some(t) => view! {
                    {move || accepted_now().then(|| view! { <Notice text=t!("terms-accepted-notice") /> })}
                    <div class="page-head">
                        <div>
                            <p class="eyebrow">{t!("terms-eyebrow", version = t.version)}</p>
                            <h1>{t.title.clone()}</h1>
                            <p class="muted">{t!("terms-published", date = format_date(t.published_at))}</p>
                        </div>
                    </div>
                    <FormError error />
                    <section class="card">
                        <div class="prose" inner_html=t.body_html.clone()></div>
                    </section>
                    {match (t.accepted.clone(), t.can_accept) {
                        (Some((who, at)), _) => view! {
                            <p class="alert alert-success">{t!("terms-accepted-by", name = who.as_str(), date = format_datetime(at))}</p>
                        }.into_any(),
                        (None, true) => view! {
                            <section class="card stack">
                                <p>{t!("terms-accept-lead")}</p>
                                <ActionForm action=accept attr:class="btn-row">
                                    <input type="hidden" name="version" value=t.version />
                                    <button class="btn btn-primary" type="submit">{t!("terms-accept-submit", version = t.version)}</button>
                                </ActionForm>
                            </section>
                        }.into_any(),
                        (None, false) => view! { <p class="alert alert-warning">{t!("terms-ask-admin")}</p> }.into_any(),
                    }}
                }.into_any(),
            }}
        </Loaded>
    }
}

/// `/companies/terms`: versions and acceptances (vendor staff), and the
/// vendor admin's form for a new version.
#[component]
pub fn StaffTermsPage() -> impl IntoView {
    view! {
        <Page title=t!("terms-admin-title") roles=STAFF>
            <StaffTermsBody />
        </Page>
    }
}

#[component]
fn StaffTermsBody() -> impl IntoView {
    let q = use_query_map();
    let version = move || q.read().get("version").and_then(|v| v.parse::<i64>().ok());
    let page = move || q.read().get("page").and_then(|v| v.parse::<i64>().ok());
    let published = move || q.read().get("published").is_some();
    let publish = ServerAction::<TermsPublish>::new();
    let data = Resource::new(
        move || (version(), page(), publish.version().get()),
        |(v, p, _)| terms_admin_get(v, p),
    );
    view! {
        {move || published().then(|| view! { <Notice text=t!("terms-published-notice") /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/companies">{t!("company-list-title")}</a></p>
                <h1>{t!("terms-admin-title")}</h1>
                <p class="muted">{t!("terms-admin-lead")}</p>
            </div>
        </div>
        <Loaded resource=data let:d>
            <StaffTermsView d=d publish=publish />
        </Loaded>
    }
}

#[component]
fn StaffTermsView(d: TermsAdmin, publish: ServerAction<TermsPublish>) -> impl IntoView {
    let error = action_error(publish.value());
    let l = use_l10n();
    let shown_version = d
        .shown
        .and_then(|id| d.versions.iter().find(|v| v.id == id))
        .map(|v| v.version);
    view! {
        <div class="split split-wide">
            <div class="stack">
                <section class="card table-card">
                    <h2 class="card-title">{t!("terms-versions-title")}</h2>
                    {if d.versions.is_empty() {
                        view! { <p class="muted">{t!("terms-none-text")}</p> }.into_any()
                    } else {
                        view! {
                            <div class="table-wrap" tabindex="0" role="region" aria-label=t!("terms-versions-title")>
                                <table class="table">
                                    <thead><tr>
                                        <th scope="col">{t!("terms-col-version")}</th>
                                        <th scope="col">{t!("terms-col-published")}</th>
                                        <th scope="col" class="num">{t!("terms-col-accepted")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {d.versions.iter().map(|v| view! {
                                            <tr>
                                                <td><a class="cell-main" href=format!("/companies/terms?version={}", v.id)>{format!("v{} · {}", v.version, v.title)}</a></td>
                                                <td>{format!("{} · {}", format_date(v.published_at), v.published_by.clone().unwrap_or_default())}</td>
                                                <td class="num">{format!("{} / {}", l.number(v.accepted), l.number(d.companies))}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }.into_any()
                    }}
                </section>
                {d.acceptances.map(|p| {
                    let pages = p.pages();
                    let base = format!("/companies/terms?version={}", d.shown.unwrap_or_default());
                    view! {
                        <section class="card table-card">
                            <h2 class="card-title">{t!("terms-acceptances-title", version = shown_version.unwrap_or_default())}</h2>
                            {if p.items.is_empty() {
                                view! { <p class="muted">{t!("terms-acceptances-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("terms-acceptances-title", version = shown_version.unwrap_or_default())>
                                        <table class="table">
                                            <thead><tr>
                                                <th scope="col">{t!("terms-col-company")}</th>
                                                <th scope="col">{t!("terms-col-by")}</th>
                                                <th scope="col">{t!("terms-col-at")}</th>
                                                <th scope="col" class="hide-sm">{t!("terms-col-ip")}</th>
                                            </tr></thead>
                                            <tbody>
                                                {p.items.into_iter().map(|a| view! {
                                                    <tr>
                                                        <td><a href=format!("/companies/{}", a.company_id)>{a.company_name}</a></td>
                                                        <td>{a.user_name}</td>
                                                        <td>{format_datetime(a.accepted_at)}</td>
                                                        <td class="hide-sm mono">{a.ip}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                    <Pager page=p.page pages=pages total=p.total base=base />
                                }.into_any()
                            }}
                        </section>
                    }
                })}
            </div>
            {d.can_publish.then(|| view! {
                <section class="card stack" aria-labelledby="publish-title">
                    <h2 class="card-title" id="publish-title">{t!("terms-publish-title")}</h2>
                    <p class="muted small">{t!("terms-publish-lead")}</p>
                    <FormError error />
                    <ActionForm action=publish attr:class="stack">
                        <Field label=t!("terms-field-title") name="title" error required=true />
                        <TextArea label=t!("terms-field-body") name="body" error maxlength=TERMS_BODY_MAX hint=t!("terms-field-body-hint") />
                        <button class="btn btn-primary" type="submit">{t!("terms-publish-submit")}</button>
                    </ActionForm>
                </section>
            })}
        </div>
    }
}
