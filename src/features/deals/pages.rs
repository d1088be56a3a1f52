//! Deal pages: the timed registration form with its live conflict check,
//! the deal list, a deal with its history and actions, and the approval
//! queue for vendor staff.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{
    date_input_value, format_duration, format_money, DealStatus, DealType, Stage, CURRENCIES,
    DAY_MS, HOUR_MS,
};
use super::types::*;
use crate::app::{use_viewer, Page};
use crate::shared::validate::{country_name, COUNTRIES};
use crate::shared::{AppError, Role};
use crate::ui::{
    action_error, format_date, format_datetime, Badge, EmptyState, ErrorPanel, Field, FormError,
    Loading, Notice, Pager, SelectField, TextArea,
};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

/// "Decision due in 31 h" / "Overdue by 2 h".
pub fn sla_text(due: i64, now: i64) -> (String, &'static str) {
    if due >= now {
        let tone = if due - now < 8 * HOUR_MS {
            "warning"
        } else {
            "info"
        };
        (
            format!("Decision due in {}", format_duration(due - now)),
            tone,
        )
    } else {
        (
            format!("Overdue by {}", format_duration(now - due)),
            "danger",
        )
    }
}

fn now_ms() -> i64 {
    #[cfg(feature = "ssr")]
    {
        crate::server::now_ms()
    }
    #[cfg(not(feature = "ssr"))]
    {
        js_now() as i64
    }
}

#[cfg(not(feature = "ssr"))]
fn js_now() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        web_sys::js_sys::Date::now()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0.0
    }
}

/// What the registration form already holds when the page hydrates: the
/// customer's name and website and the ticked products, typed or ticked
/// while the page was still plain HTML (the browser only).
fn typed_before_hydration() -> Option<(String, String, Vec<i64>)> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let doc = web_sys::window()?.document()?;
        let value = |name: &str| {
            doc.query_selector(&format!("#deal-form [name=\"{name}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default()
        };
        let (name, domain) = (value("customer_name"), value("customer_domain"));
        let mut ticked = Vec::new();
        if let Ok(list) = doc.query_selector_all("#deal-form .checks input[type=checkbox]:checked")
        {
            for i in 0..list.length() {
                let id = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .and_then(|input| input.value().parse::<i64>().ok());
                ticked.extend(id);
            }
        }
        (!name.trim().is_empty() || !domain.trim().is_empty()).then_some((name, domain, ticked))
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

/// Milliseconds on the page's monotonic clock (the browser only).
pub(crate) fn perf_now() -> Option<f64> {
    #[cfg(feature = "hydrate")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

// ---------------------------------------------------------------------------
// Registration form

#[component]
pub fn NewDealPage() -> impl IntoView {
    view! {
        <Page title="Register a deal" roles=PARTNERS>
            <NewDealBody />
        </Page>
    }
}

#[component]
pub fn EditDealPage() -> impl IntoView {
    view! {
        <Page title="Edit registration" roles=PARTNERS>
            <NewDealBody edit=true />
        </Page>
    }
}

#[component]
fn NewDealBody(#[prop(default = false)] edit: bool) -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        edit.then(|| params.read().get("id").and_then(|v| v.parse::<i64>().ok()))
            .flatten()
            .or(edit.then_some(0))
    };
    let form = Resource::new(id, deal_form);
    view! {
        <div class="page-head">
            <div>
                <h1>{if edit { "Edit registration" } else { "Register a deal" }}</h1>
                <p class="muted">{if edit {
                    "Change what the vendor team asked about; a returned registration is submitted again when you save."
                } else {
                    "Your company and your name are added for you. Fields marked * are needed."
                }}</p>
            </div>
        </div>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(f) => view! { <DealFormView form=f /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DealFormView(form: DealFormInfo) -> impl IntoView {
    let register = ServerAction::<DealRegister>::new();
    let error = action_error(register.value());
    let existing = form.edit.clone();
    let echoed = {
        let existing = existing.clone();
        move |name: &str| {
            error
                .get_untracked()
                .and_then(|e| e.value(name))
                .or_else(|| existing.as_ref().and_then(|d| d.value(name)))
        }
    };
    let init = {
        let echoed = echoed.clone();
        move |name: &str| echoed(name).unwrap_or_default()
    };
    // Live conflict check: debounced, on name, domain and products.
    let (name, set_name) = signal(String::new());
    let (domain, set_domain) = signal(String::new());
    let (picked, set_picked) = signal(Vec::<i64>::new());
    let check = Action::new(|args: &(String, String, Vec<i64>)| {
        let (n, d, p) = args.clone();
        async move { deal_check(n, d, Some(p)).await }
    });
    let pending_check = StoredValue::new(0u64);
    let schedule_check = move || {
        let ticket = pending_check.get_value() + 1;
        pending_check.set_value(ticket);
        set_timeout(
            move || {
                if pending_check.get_value() == ticket {
                    check.dispatch((
                        name.get_untracked(),
                        domain.get_untracked(),
                        picked.get_untracked(),
                    ));
                }
            },
            std::time::Duration::from_millis(300),
        );
    };
    // A new registration whose customer was typed before the page
    // hydrated (a slow connection, a pasted value) is checked now, as if
    // typed after. An edited deal is not: it would find itself.
    let is_new = form.edit.is_none();
    Effect::new(move |_| {
        if let Some((n, d, p)) = typed_before_hydration().filter(|_| is_new) {
            set_name.set(n);
            set_domain.set(d);
            set_picked.set(p);
            schedule_check();
        }
    });
    // Registration clock: from the first interaction to the submit.
    let started = StoredValue::new(None::<f64>);
    let (elapsed, set_elapsed) = signal(String::new());
    let tick = move || {
        if let Some(now) = perf_now() {
            let start = started.get_value().unwrap_or(now);
            started.set_value(Some(start));
            set_elapsed.set(format!("{}", (now - start).round() as i64));
        }
    };
    let served_at = echoed("served_at").unwrap_or_else(|| form.served_at.to_string());
    let served_sig = echoed("served_sig").unwrap_or_else(|| form.served_sig.clone());
    let picked_initial: Vec<i64> = echoed("products")
        .map(|s| s.split(',').filter_map(|p| p.parse().ok()).collect())
        .or_else(|| existing.as_ref().map(|d| d.product_ids.clone()))
        .unwrap_or_default();
    let default_close = echoed("close_date").unwrap_or_else(|| {
        date_input_value({
            let now = form.served_at;
            now - now.rem_euclid(DAY_MS) + 60 * DAY_MS
        })
    });
    let edit_id = existing.as_ref().map(|d| d.id);
    let resubmit = existing
        .as_ref()
        .is_some_and(|d| d.status == DealStatus::Draft);
    let submit_label = match (&existing, resubmit) {
        (None, _) => "Register deal",
        (Some(_), true) => "Save and submit again",
        (Some(_), false) => "Save changes",
    };
    let cancel_href = edit_id
        .map(|id| format!("/deals/{id}"))
        .unwrap_or_else(|| "/deals".to_string());
    let country_initial = echoed("country").unwrap_or_else(|| form.country.clone());
    let currency_initial = echoed("currency").unwrap_or_else(|| form.currency.clone());
    let type_initial = echoed("deal_type").unwrap_or_else(|| "new".to_string());
    let currency_options: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let country_options: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    let type_options: Vec<(String, String)> = DealType::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), t.label().to_string()))
        .collect();
    let products_error = move || error.get().and_then(|e| e.field("products"));
    // A repeat of the company's own registration links to that deal.
    let duplicate_link = Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.value(DUPLICATE_OF))
            .and_then(|id| id.parse::<i64>().ok())
            .map(|id| (format!("/deals/{id}"), format!("Open deal #{id}")))
    });
    let median = form.median_approval_ms;
    view! {
        <div class="split split-wide">
            <section class="card form-card">
                <FormError error=error link=duplicate_link />
                <ActionForm action=register attr:class="stack deal-form" attr:novalidate=true attr:id="deal-form">
                    <div
                        class="stack"
                        on:input=move |_| tick()
                        on:keydown=move |_| tick()
                        on:click=move |_| tick()
                    >
                        <input type="hidden" name="served_at" value=served_at />
                        <input type="hidden" name="served_sig" value=served_sig />
                        <input type="hidden" name="elapsed_ms" prop:value=move || elapsed.get() />
                        {edit_id.map(|id| view! { <input type="hidden" name="deal_id" value=id /> })}
                        <fieldset class="form-section">
                            <legend>"Customer"</legend>
                            <div class="row-2">
                                <div on:input=move |ev| { set_name.set(event_target_value(&ev)); schedule_check(); }>
                                    <Field label="Customer company *" name="customer_name" initial=init("customer_name") error=error autofocus=true required=true />
                                </div>
                                <div on:input=move |ev| { set_domain.set(event_target_value(&ev)); schedule_check(); }>
                                    <Field label="Customer website *" name="customer_domain" initial=init("customer_domain") error=error required=true hint="Like acme.com: it identifies the customer." />
                                </div>
                            </div>
                            <div class="row-3">
                                <Field label="Contact name *" name="contact_name" initial=init("contact_name") error=error required=true />
                                <Field label="Contact e-mail *" name="contact_email" initial=init("contact_email") kind="email" error=error required=true />
                                <Field label="Contact phone" name="contact_phone" initial=init("contact_phone") kind="tel" error=error />
                            </div>
                            <SelectField label="Customer country" name="country" options=country_options initial=country_initial error=error />
                        </fieldset>
                        <fieldset class="form-section" aria-describedby="products-error">
                            <legend>"Products *"</legend>
                            <div class="checks" class:has-error=move || products_error().is_some()>
                                {form.products.iter().enumerate().map(|(i, p)| {
                                    let id = p.id;
                                    let checked = picked_initial.contains(&id);
                                    view! {
                                        <label class="check">
                                            <input
                                                type="checkbox"
                                                name=format!("products[{i}]")
                                                value=id
                                                checked=checked
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    set_picked.update(|v| {
                                                        v.retain(|x| *x != id);
                                                        if on { v.push(id); }
                                                    });
                                                    schedule_check();
                                                }
                                            />
                                            <span>{p.name.clone()}</span>
                                            <span class="muted small">{p.sku.clone()}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </div>
                            <p class="field-error" id="products-error" role="alert" hidden=move || products_error().is_none()>{products_error}</p>
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>"Deal"</legend>
                            <div class="row-3">
                                <Field label="Estimated value *" name="value" initial=init("value") error=error required=true hint="Before discounts, e.g. 25000" />
                                <SelectField label="Currency" name="currency" options=currency_options initial=currency_initial error=error />
                                <Field label="Expected close *" name="close_date" kind="date" initial=default_close error=error required=true />
                            </div>
                            <SelectField label="Deal type" name="deal_type" options=type_options initial=type_initial error=error />
                            <TextArea label="Notes" name="notes" initial=init("notes") error=error hint="Anything the approver should know: competition, timeline, the customer's project." />
                        </fieldset>
                        <div class="form-actions">
                            <button class="btn btn-primary btn-lg" type="submit" disabled=move || register.pending().get()>
                                {move || if register.pending().get() { "Saving…" } else { submit_label }}
                            </button>
                            <a class="btn btn-ghost" href=cancel_href>"Cancel"</a>
                        </div>
                    </div>
                </ActionForm>
            </section>
            <aside class="stack">
                <section class="card" aria-live="polite">
                    <h2 class="card-title">"Conflict check"</h2>
                    {move || match check.value().get() {
                        None => view! { <p class="muted">"As you type the customer's name and website, we check for existing registrations."</p> }.into_any(),
                        Some(Err(e)) => view! { <p class="muted">{e.to_string()}</p> }.into_any(),
                        Some(Ok(hints)) if hints.is_empty() => view! {
                            <div class="alert alert-success conflict-clear"><span>"No active registration found for this customer."</span></div>
                        }.into_any(),
                        Some(Ok(hints)) => view! { <ConflictHints hints=hints /> }.into_any(),
                    }}
                </section>
                <section class="card">
                    <h2 class="card-title">"What happens next"</h2>
                    <p class="muted">
                        {match median {
                            Some(ms) => format!("Your channel manager decides; the median decision time this quarter is {}. You are notified in the portal and by e-mail.", format_duration(ms)),
                            None => "Your channel manager decides within the program's approval time. You are notified in the portal and by e-mail.".to_string(),
                        }}
                    </p>
                    <p class="muted">"Approved registrations are exclusive to you for the program's protection period."</p>
                </section>
            </aside>
        </div>
    }
}

#[component]
fn ConflictHints(hints: Vec<ConflictHint>) -> impl IntoView {
    view! {
        <div class="stack-sm conflict-hints">
            {hints.into_iter().map(|h| match h.own_deal_id {
                Some(id) => view! {
                    <div class="alert alert-info" role="status">
                        <span>
                            "You already registered this customer ("{h.reason.label()}"). "
                            <a href=format!("/deals/{id}")>{format!("Open deal #{id}")}</a>
                        </span>
                    </div>
                }.into_any(),
                None => view! {
                    <div class="alert alert-warning" role="status">
                        <span>
                            <strong>"Possible conflict: "</strong>
                            {format!("another partner has an active registration for this customer ({}). ", h.reason.label())}
                            "You can still register; the vendor team will review both."
                        </span>
                    </div>
                }.into_any(),
            }).collect_view()}
        </div>
    }
}

// ---------------------------------------------------------------------------
// List

#[component]
pub fn DealsPage() -> impl IntoView {
    // Outside `Page`, so the list loads once per request (see HomePage).
    let list = Resource::new(query_from_url, |q| deals_list(Some(q)));
    view! {
        <Page title="Deals">
            <DealsBody list=list />
        </Page>
    }
}

fn query_from_url() -> DealQuery {
    let q = use_query_map();
    let q = q.read();
    let get = |k: &str| q.get(k).filter(|v| !v.is_empty());
    DealQuery {
        status: get("status"),
        stage: get("stage"),
        expiring: get("expiring").is_some(),
        q: get("q"),
        sort: get("sort"),
        asc: get("dir").as_deref() == Some("asc"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

fn query_string(q: &DealQuery, page: Option<i64>) -> String {
    let mut parts = Vec::new();
    let enc = |s: &str| s.replace('%', "%25").replace('&', "%26").replace(' ', "+");
    if let Some(s) = &q.status {
        parts.push(format!("status={}", enc(s)));
    }
    if let Some(s) = &q.stage {
        parts.push(format!("stage={}", enc(s)));
    }
    if q.expiring {
        parts.push("expiring=1".into());
    }
    if let Some(s) = &q.q {
        parts.push(format!("q={}", enc(s)));
    }
    if let Some(s) = &q.sort {
        parts.push(format!("sort={}", enc(s)));
    }
    if q.asc {
        parts.push("dir=asc".into());
    }
    if let Some(p) = page {
        parts.push(format!("page={p}"));
    }
    if parts.is_empty() {
        "/deals".into()
    } else {
        format!("/deals?{}", parts.join("&"))
    }
}

#[component]
fn DealsBody(
    list: Resource<Result<crate::features::accounts::Page<DealRow>, AppError>>,
) -> impl IntoView {
    let viewer = use_viewer();
    let staff = viewer.as_ref().is_some_and(|v| v.role.is_vendor_staff());
    let current = query_from_url();
    let status_options: Vec<(String, String)> =
        std::iter::once(("".to_string(), "Any status".to_string()))
            .chain(
                DealStatus::ALL
                    .iter()
                    .map(|s| (s.as_str().to_string(), s.label().to_string())),
            )
            .collect();
    let stage_options: Vec<(String, String)> =
        std::iter::once(("".to_string(), "Any stage".to_string()))
            .chain(
                Stage::ALL
                    .iter()
                    .map(|s| (s.as_str().to_string(), s.label().to_string())),
            )
            .collect();
    view! {
        <div class="page-head">
            <div>
                <h1>{if staff { "Deals" } else { "My deals" }}</h1>
                <p class="muted">{if staff { "Registrations of the partner companies in your scope." } else { "Your company's deal registrations." }}</p>
            </div>
            {(!staff).then(|| view! { <a class="btn btn-primary" href="/deals/new">"Register a deal"</a> })}
        </div>
        <section class="card table-card">
            <form method="get" action="/deals" class="toolbar filters" role="search">
                <label class="sr-only" for="deal-search">"Customer"</label>
                <input id="deal-search" type="search" name="q" placeholder="Customer name" value=current.q.clone().unwrap_or_default() />
                <label class="sr-only" for="deal-status">"Status"</label>
                <select id="deal-status" name="status">
                    {status_options.into_iter().map(|(v, t)| {
                        let sel = current.status.as_deref().unwrap_or("") == v;
                        view! { <option value=v selected=sel>{t}</option> }
                    }).collect_view()}
                </select>
                <label class="sr-only" for="deal-stage">"Stage"</label>
                <select id="deal-stage" name="stage">
                    {stage_options.into_iter().map(|(v, t)| {
                        let sel = current.stage.as_deref().unwrap_or("") == v;
                        view! { <option value=v selected=sel>{t}</option> }
                    }).collect_view()}
                </select>
                <label class="check inline">
                    <input type="checkbox" name="expiring" value="1" checked=current.expiring />
                    <span>"Expiring in 30 days"</span>
                </label>
                {current.sort.clone().map(|s| view! { <input type="hidden" name="sort" value=s /> })}
                {current.asc.then(|| view! { <input type="hidden" name="dir" value="asc" /> })}
                <button class="btn btn-secondary" type="submit">"Filter"</button>
            </form>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let q = query_from_url();
                    match list.await {
                        Ok(p) if p.items.is_empty() => view! {
                            <EmptyState title="No deals here" text=if staff { "Nothing matches these filters." } else { "Register your first deal: it takes about a minute." } />
                        }.into_any(),
                        Ok(p) => {
                            let pages = p.pages();
                            let now = now_ms();
                            // A sortable column header; the <th> says how the
                            // column is sorted, the link changes it.
                            let sort_th = {
                                let q = q.clone();
                                move |key: &'static str, label: &'static str, class: &'static str| {
                                    let active = q.sort.as_deref().unwrap_or("updated") == key;
                                    let mut next = q.clone();
                                    next.sort = Some(key.to_string());
                                    next.asc = active && !q.asc;
                                    let arrow = if active { if q.asc { " ↑" } else { " ↓" } } else { "" };
                                    let sorted = active.then_some(if q.asc { "ascending" } else { "descending" });
                                    view! {
                                        <th scope="col" class=class aria-sort=sorted>
                                            <a href=query_string(&next, None)>{label}{arrow}</a>
                                        </th>
                                    }
                                }
                            };
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <thead><tr>
                                            {sort_th("customer", "Customer", "")}
                                            {staff.then(|| view! { <th scope="col">"Partner"</th> })}
                                            <th scope="col">"Status"</th>
                                            <th scope="col" class="hide-sm">"Stage"</th>
                                            {sort_th("value", "Value", "num")}
                                            {sort_th("close", "Close", "hide-sm")}
                                            {sort_th("updated", "Updated", "hide-sm")}
                                        </tr></thead>
                                        <tbody>
                                            {p.items.into_iter().map(|d| view! { <DealRowView d=d staff=staff now=now /> }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <Pager page=p.page pages=pages total=p.total base=query_string(&q, None) />
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn DealRowView(d: DealRow, staff: bool, now: i64) -> impl IntoView {
    let sub = match d.status {
        DealStatus::Submitted => d.sla_due_at.map(|due| sla_text(due, now).0),
        DealStatus::Approved => d
            .exclusive_until
            .map(|e| format!("Exclusive until {}", format_date(e))),
        _ => None,
    };
    view! {
        <tr>
            <td>
                <a class="cell-main" href=format!("/deals/{}", d.id)>{d.customer_name.clone()}</a>
                <div class="cell-sub">{format!("#{} · {}", d.id, d.owner_name)}</div>
            </td>
            {staff.then(|| view! { <td>{d.company_name.clone().unwrap_or_default()}</td> })}
            <td>
                <Badge text=d.status.label() tone=d.status.tone() />
                {d.has_conflict.then(|| view! { <span class="badge badge-warning">"Conflict"</span> })}
                {sub.map(|s| view! { <div class="cell-sub">{s}</div> })}
            </td>
            <td class="hide-sm">{format!("{} · {}%", d.stage.label(), d.probability)}</td>
            <td class="num nowrap">{format_money(d.value_cents, &d.currency)}</td>
            <td class="nowrap hide-sm">{format_date(d.close_date)}</td>
            <td class="nowrap hide-sm">{format_date(d.updated_at)}</td>
        </tr>
    }
}

// ---------------------------------------------------------------------------
// One deal

#[component]
pub fn DealPage() -> impl IntoView {
    view! {
        <Page title="Deal">
            <DealBody />
        </Page>
    }
}

#[component]
fn DealBody() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let registered = use_query_map().read_untracked().get("registered").is_some();
    let updated = use_query_map().read_untracked().get("updated").is_some();
    let decide = ServerAction::<DealDecide>::new();
    let extend = ServerAction::<DealRequestExtension>::new();
    let decide_extension = ServerAction::<DealDecideExtension>::new();
    let withdraw = ServerAction::<DealWithdraw>::new();
    let progress = ServerAction::<DealProgress>::new();
    let close = ServerAction::<DealClose>::new();
    let deal = Resource::new(
        move || {
            (
                id(),
                decide.version().get(),
                withdraw.version().get(),
                progress.version().get(),
                close.version().get(),
                extend.version().get(),
                decide_extension.version().get(),
            )
        },
        |(id, ..)| deal_get(id),
    );
    let acts = DealActionsCtx {
        decide,
        withdraw,
        progress,
        close,
        extend,
        decide_extension,
    };
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match deal.await {
                    Ok(d) => view! { <DealView d=d registered=registered updated=updated acts=acts /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[derive(Clone, Copy)]
struct DealActionsCtx {
    decide: ServerAction<DealDecide>,
    withdraw: ServerAction<DealWithdraw>,
    progress: ServerAction<DealProgress>,
    close: ServerAction<DealClose>,
    extend: ServerAction<DealRequestExtension>,
    decide_extension: ServerAction<DealDecideExtension>,
}

#[component]
fn DealView(d: DealDetail, registered: bool, updated: bool, acts: DealActionsCtx) -> impl IntoView {
    let staff = use_viewer().is_some_and(|v| v.role.is_vendor_staff());
    let now = d.now;
    let sla = (d.status == DealStatus::Submitted)
        .then_some(d.sla_due_at)
        .flatten()
        .map(|due| sla_text(due, now));
    let exclusive = d
        .exclusive_until
        .filter(|_| d.status == DealStatus::Approved)
        .map(|e| {
            let days = ((e - now) as f64 / DAY_MS as f64).ceil().max(0.0) as i64;
            format!("Exclusive until {} ({} days left)", format_date(e), days)
        });
    let title = format!("{} · deal #{}", d.customer_name, d.id);
    let products = d
        .products
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let errors = [
        action_error(acts.decide.value()),
        action_error(acts.withdraw.value()),
        action_error(acts.progress.value()),
        action_error(acts.close.value()),
        action_error(acts.extend.value()),
        action_error(acts.decide_extension.value()),
    ];
    let any_error = Signal::derive(move || errors.iter().find_map(|e| e.get()));
    view! {
        <leptos_meta::Title text=title />
        {registered.then(|| view! {
            <Notice text=match d.status {
                DealStatus::Approved => "Registered and approved.".to_string(),
                _ => format!("Registered{}. The vendor team has been notified.", d.registration_ms.map(|ms| format!(" in {}", format_duration(ms))).unwrap_or_default()),
            } />
        })}
        {updated.then(|| view! { <Notice text="Changes saved." /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/deals">"Deals"</a>" / #"{d.id}</p>
                <h1>{d.customer_name.clone()}</h1>
                <p class="muted">{format!("{} · registered by {} of {}", d.customer_domain, d.owner_name, d.company_name)}</p>
            </div>
            <div class="head-badges">
                {d.actions.edit.then(|| view! { <a class="btn btn-secondary btn-sm" href=format!("/deals/{}/edit", d.id)>{if d.status == DealStatus::Draft { "Edit and resubmit" } else { "Edit" }}</a> })}
                <Badge text=d.status.label() tone=d.status.tone() />
                {d.second_partner.then(|| view! { <Badge text="Second partner" tone="info" /> })}
            </div>
        </div>
        <FormError error=any_error />
        {sla.map(|(text, tone)| view! { <div class=format!("alert alert-{tone} sla-clock")><span>{text}</span></div> })}
        {exclusive.map(|t| view! { <div class="alert alert-success"><span>{t}</span></div> })}
        {(!d.conflict_reasons.is_empty() && !staff).then(|| view! {
            <div class="alert alert-warning"><span>{format!(
                "Another partner has an active registration for this customer ({}). The vendor team reviews both.",
                d.conflict_reasons.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ")
            )}</span></div>
        })}
        {(!d.decision_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>"Vendor note: "</strong>{d.decision_reason.clone()}</span></div>
        })}
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">"Registration"</h2>
                    <dl class="facts facts-2">
                        <dt>"Value"</dt><dd>{format_money(d.value_cents, &d.currency)}</dd>
                        <dt>"Expected close"</dt><dd>{format_date(d.close_date)}</dd>
                        <dt>"Products"</dt><dd>{products}</dd>
                        <dt>"Deal type"</dt><dd>{d.deal_type.label()}</dd>
                        <dt>"Stage"</dt><dd>{format!("{} · {}%", d.stage.label(), d.probability)}</dd>
                        <dt>"Contact"</dt><dd>{format!("{} · {}{}", d.contact_name, d.contact_email, if d.contact_phone.is_empty() { String::new() } else { format!(" · {}", d.contact_phone) })}</dd>
                        <dt>"Country"</dt><dd>{format!("{} ({})", country_name(&d.country), d.region)}</dd>
                        <dt>"Submitted"</dt><dd>{d.submitted_at.map(format_datetime).unwrap_or_default()}</dd>
                        {d.registration_ms.map(|ms| view! { <dt>"Registration time"</dt><dd>{format_duration(ms)}</dd> })}
                        {d.final_value_cents.map(|v| view! { <dt>"Won value"</dt><dd>{format_money(v, &d.currency)}</dd> })}
                        {(!d.lost_reason.is_empty()).then(|| view! { <dt>"Lost because"</dt><dd>{d.lost_reason.clone()}</dd> })}
                        {(!d.approver.is_empty()).then(|| view! { <dt>"Decided by"</dt><dd>{format!("{} · {}", d.approver, d.decided_at.map(format_datetime).unwrap_or_default())}</dd> })}
                    </dl>
                    {(!d.notes.is_empty()).then(|| view! { <h3 class="sub-title">"Notes"</h3><p class="notes">{d.notes.clone()}</p> })}
                </section>
                {(!d.conflicts.is_empty()).then(|| view! { <ConflictCompare d=d.clone() /> })}
                <section class="card">
                    <h2 class="card-title">"History"</h2>
                    <ol class="timeline">
                        {d.events.iter().map(|e| view! {
                            <li>
                                <div class="timeline-head">
                                    <strong>{event_title(e)}</strong>
                                    <span class="muted small">{format!("{} · {}", e.actor_name, format_datetime(e.at))}</span>
                                </div>
                                {(!e.changes.is_empty()).then(|| view! {
                                    <ul class="changes">
                                        {e.changes.iter().map(|(f, b, a)| view! {
                                            <li>{format!("{}: {} → {}", f.replace('_', " "), if b.is_empty() { "—" } else { b }, a)}</li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                {(!e.note.is_empty()).then(|| view! { <p class="muted">{e.note.clone()}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="stack">
                <DealActionsView d=d.clone() acts=acts />
            </aside>
        </div>
    }
}

fn event_title(e: &DealEvent) -> String {
    match (e.kind.as_str(), e.to_status) {
        ("submitted", _) => "Registered".into(),
        ("progress", _) => "Stage updated".into(),
        ("edited", _) => "Edited".into(),
        ("resubmitted", _) => "Submitted again".into(),
        ("reminder", _) => "Reminder sent".into(),
        ("escalated", _) => "Escalated to vendor admins".into(),
        ("extension_requested", _) => "Extension requested".into(),
        ("extension_granted", _) => "Extension granted".into(),
        ("extension_refused", _) => "Extension refused".into(),
        ("draft", _) => "More information requested".into(),
        (_, Some(s)) => s.label().to_string(),
        (k, None) => k.replace('_', " "),
    }
}

#[component]
fn ConflictCompare(d: DealDetail) -> impl IntoView {
    let products = d
        .products
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <section class="card conflict-card">
            <h2 class="card-title">"Conflicting registrations"</h2>
            <div class="table-wrap">
                <table class="table compare">
                    <thead><tr>
                        <th scope="col"></th>
                        <th scope="col">{format!("This deal #{}", d.id)}</th>
                        {d.conflicts.iter().map(|c| view! { <th scope="col"><a href=format!("/deals/{}", c.deal_id)>{format!("Deal #{}", c.deal_id)}</a></th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        <tr><th scope="row">"Partner"</th><td>{d.company_name.clone()}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.company_name.clone()}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Customer"</th><td>{format!("{} ({})", d.customer_name, d.customer_domain)}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{format!("{} ({})", c.customer_name, c.customer_domain)}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Match"</th><td>"—"</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.reason.label()}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Status"</th><td><Badge text=d.status.label() tone=d.status.tone() /></td>
                            {d.conflicts.iter().map(|c| view! { <td><Badge text=c.status.label() tone=c.status.tone() /></td> }).collect_view()}</tr>
                        <tr><th scope="row">"Value"</th><td>{format_money(d.value_cents, &d.currency)}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{format_money(c.value_cents, &c.currency)}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Products"</th><td>{products}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.products.join(", ")}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Submitted"</th><td>{d.submitted_at.map(format_datetime).unwrap_or_default()}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.submitted_at.map(format_datetime).unwrap_or_default()}</td> }).collect_view()}</tr>
                    </tbody>
                </table>
            </div>
            <p class="muted small">"Resolve by approving one and rejecting the other, or approve both with “Approve as second partner” (two-tier, distributor)."</p>
        </section>
    }
}

#[component]
fn DealActionsView(d: DealDetail, acts: DealActionsCtx) -> impl IntoView {
    let a = d.actions.clone();
    let id = d.id;
    let decide_error = action_error(acts.decide.value());
    let close_error = action_error(acts.close.value());
    let stage_options: Vec<(String, String)> = Stage::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                format!("{} ({}%)", s.label(), s.default_probability()),
            )
        })
        .collect();
    let nothing = !(a.decide
        || a.progress
        || a.close
        || a.withdraw
        || a.request_extension
        || a.decide_extension);
    let extend_error = action_error(acts.extend.value());
    let ext_decide_error = action_error(acts.decide_extension.value());
    let extension_note = match d.extension.as_str() {
        "requested" => Some(format!("Extension requested: {}", d.extension_reason)),
        "granted" => Some("Extension granted.".to_string()),
        "refused" => Some("Extension refused.".to_string()),
        _ => None,
    };
    view! {
        {a.decide.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Decision"</h2>
                <ActionForm action=acts.decide attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <div class="field" class:has-error=move || decide_error.get().and_then(|e| e.field("reason")).is_some()>
                        <label for="f-reason">"Reason or note to the partner"</label>
                        <textarea id="f-reason" name="reason" rows="3" maxlength="1000"></textarea>
                        <p class="field-error" role="alert" hidden=move || decide_error.get().and_then(|e| e.field("reason")).is_none()>
                            {move || decide_error.get().and_then(|e| e.field("reason"))}
                        </p>
                    </div>
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">"Approve"</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="info">"Ask for information"</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="reject">"Reject"</button>
                    </div>
                    {d.has_conflict.then(|| view! {
                        <button class="btn btn-secondary btn-block" type="submit" name="decision" value="approve_second">"Approve as second partner"</button>
                    })}
                </ActionForm>
            </section>
        })}
        {a.progress.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Pipeline"</h2>
                <ActionForm action=acts.progress attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <SelectField label="Stage" name="stage" options=stage_options.clone() initial=d.stage.as_str() error=action_error(acts.progress.value()) />
                    <Field label="Probability %" name="probability" initial=d.probability.to_string() error=action_error(acts.progress.value()) />
                    <button class="btn btn-secondary" type="submit">"Update stage"</button>
                </ActionForm>
            </section>
        })}
        {a.close.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Close the deal"</h2>
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="outcome" value="won" />
                    <Field label="Final value" name="final_value" initial=(d.value_cents / 100).to_string() error=close_error />
                    <button class="btn btn-primary" type="submit">"Mark won"</button>
                </ActionForm>
                <hr />
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="outcome" value="lost" />
                    <Field label="Why was it lost?" name="lost_reason" error=close_error />
                    <button class="btn btn-secondary" type="submit">"Mark lost"</button>
                </ActionForm>
            </section>
        })}
        {extension_note.map(|t| view! { <section class="card"><p class="muted">{t}</p></section> })}
        {a.decide_extension.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Extension request"</h2>
                <p class="muted">{d.extension_reason.clone()}</p>
                <ActionForm action=acts.decide_extension attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Note to the partner" name="note" error=ext_decide_error />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="grant" value="true">"Grant extension"</button>
                        <button class="btn btn-danger" type="submit" name="grant" value="false">"Refuse"</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.request_extension.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Need more time?"</h2>
                <p class="muted">"You can ask once to extend the exclusivity of this registration."</p>
                <ActionForm action=acts.extend attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Why does the deal need more time?" name="extension_reason" error=extend_error />
                    <button class="btn btn-secondary" type="submit">"Request extension"</button>
                </ActionForm>
            </section>
        })}
        {a.withdraw.then(|| view! {
            <section class="card">
                <ActionForm action=acts.withdraw>
                    <input type="hidden" name="id" value=id />
                    <button class="btn btn-ghost btn-block" type="submit">"Withdraw this registration"</button>
                </ActionForm>
            </section>
        })}
        {nothing.then(|| view! {
            <section class="card"><p class="muted">{format!("This registration is {}; nothing more to do here.", d.status.label().to_lowercase())}</p></section>
        })}
    }
}

// ---------------------------------------------------------------------------
// Approval queue

#[component]
pub fn ApprovalsPage() -> impl IntoView {
    // Outside `Page`, so the queue loads once per request (see HomePage).
    let page = move || {
        use_query_map()
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
    };
    let queue = Resource::new(page, deals_queue);
    view! {
        <Page title="Approvals" roles=STAFF>
            <ApprovalsBody queue=queue />
        </Page>
    }
}

#[component]
fn ApprovalsBody(
    queue: Resource<Result<crate::features::accounts::Page<QueueItem>, AppError>>,
) -> impl IntoView {
    view! {
        <div class="page-head">
            <div>
                <h1>"Approvals"</h1>
                <p class="muted">"Pending registrations in your scope, the most urgent first."</p>
            </div>
        </div>
        <section class="card table-card">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(p) if p.items.is_empty() => view! {
                            <EmptyState title="Nothing waiting" text="Every registration in your scope has a decision." />
                        }.into_any(),
                        Ok(p) => {
                            let now = now_ms();
                            let pages = p.pages();
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <thead><tr>
                                            <th scope="col">"Customer"</th>
                                            <th scope="col">"Partner"</th>
                                            <th scope="col" class="num">"Value"</th>
                                            <th scope="col" class="hide-sm">"Waiting"</th>
                                            <th scope="col">"SLA"</th>
                                        </tr></thead>
                                        <tbody>
                                            {p.items.into_iter().map(|q| {
                                                let (sla, tone) = sla_text(q.sla_due_at, now);
                                                view! {
                                                    <tr>
                                                        <td>
                                                            <a class="cell-main" href=format!("/deals/{}", q.id)>{q.customer_name.clone()}</a>
                                                            <div class="cell-sub">
                                                                {format!("#{}", q.id)}
                                                                {(q.kind == "extension").then_some(" · extension request")}
                                                            </div>
                                                        </td>
                                                        <td>{q.company_name.clone()}</td>
                                                        <td class="num nowrap">{format_money(q.value_cents, &q.currency)}</td>
                                                        <td class="nowrap hide-sm">{format_duration(now - q.submitted_at)}</td>
                                                        <td>
                                                            <Badge text=sla tone=tone />
                                                            {q.has_conflict.then(|| view! { <span class="badge badge-warning">"Conflict"</span> })}
                                                            {q.escalated.then(|| view! { <span class="badge badge-danger">"Escalated"</span> })}
                                                        </td>
                                                    </tr>
                                                }
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <Pager page=p.page pages=pages total=p.total base="/approvals" />
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

// ---------------------------------------------------------------------------
// Analytics

#[component]
pub fn AnalyticsPage() -> impl IntoView {
    view! {
        <Page title="Deal analytics" roles=STAFF>
            <AnalyticsBody />
        </Page>
    }
}

fn dur(ms: Option<i64>) -> String {
    ms.map(format_duration).unwrap_or_else(|| "–".to_string())
}

#[component]
fn AnalyticsBody() -> impl IntoView {
    let days = move || {
        use_query_map()
            .read()
            .get("days")
            .and_then(|d| d.parse::<i64>().ok())
    };
    let data = Resource::new(days, deals_analytics);
    view! {
        <div class="page-head">
            <div>
                <h1>"Deal analytics"</h1>
                <p class="muted">"Registration time against the 90-second benchmark, approval time and conflicts, for the partners in your scope."</p>
            </div>
            <nav class="btn-row" aria-label="Period">
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=30">"30 days"</a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=90">"90 days"</a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=365">"12 months"</a>
            </nav>
        </div>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(a) => {
                        let benchmark_tone = match a.registration_median_ms {
                            Some(ms) if ms <= 90_000 => "success",
                            Some(_) => "warning",
                            None => "neutral",
                        };
                        view! {
                            <p class="muted">{format!("Last {} days: {} registrations, {} with a measured time, {} decided by a person.", a.window_days, a.registrations, a.timed, a.decisions)}</p>
                            <div class="grid grid-4">
                                <div class="stat card">
                                    <span class="stat-label">"Median registration time"</span>
                                    <span class="stat-value">{dur(a.registration_median_ms)}</span>
                                    <span class="stat-sub"><Badge text=format!("p90 {}", dur(a.registration_p90_ms)) tone=benchmark_tone />" · target 90 s"</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">"Registered in under 90 s"</span>
                                    <span class="stat-value">{a.under_90s_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "–".into())}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">"Median approval time"</span>
                                    <span class="stat-value">{dur(a.approval_median_ms)}</span>
                                    <span class="stat-sub">{format!("p90 {}", dur(a.approval_p90_ms))}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">"Conflict rate"</span>
                                    <span class="stat-value">{a.conflict_rate_permille.map(|p| format!("{}.{}%", p / 10, p % 10)).unwrap_or_else(|| "–".into())}</span>
                                    <span class="stat-sub">{format!("{} registrations in conflict", a.conflicts)}</span>
                                </div>
                            </div>
                            <section class="card table-card">
                                <h2 class="card-title">"Registration time by partner"</h2>
                                {if a.per_company.is_empty() {
                                    view! { <EmptyState title="No registrations yet" text="Figures appear with the first registrations of the period." /> }.into_any()
                                } else {
                                    view! {
                                        <div class="table-wrap">
                                            <table class="table">
                                                <thead><tr>
                                                    <th scope="col">"Partner"</th>
                                                    <th scope="col" class="num">"Registrations"</th>
                                                    <th scope="col" class="num">"Median"</th>
                                                    <th scope="col" class="num">"p90"</th>
                                                    <th scope="col">"Against 90 s"</th>
                                                </tr></thead>
                                                <tbody>
                                                    {a.per_company.into_iter().map(|c| {
                                                        let (text, tone) = match c.median_ms {
                                                            Some(ms) if ms <= 90_000 => ("Within", "success"),
                                                            Some(_) => ("Slower", "warning"),
                                                            None => ("Not timed", "neutral"),
                                                        };
                                                        view! {
                                                            <tr>
                                                                <td><a class="cell-main" href=format!("/companies/{}", c.company_id)>{c.company_name}</a></td>
                                                                <td class="num">{c.registrations}</td>
                                                                <td class="num">{dur(c.median_ms)}</td>
                                                                <td class="num">{dur(c.p90_ms)}</td>
                                                                <td><Badge text=text tone=tone /></td>
                                                            </tr>
                                                        }
                                                    }).collect_view()}
                                                </tbody>
                                            </table>
                                        </div>
                                    }.into_any()
                                }}
                            </section>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

// ---------------------------------------------------------------------------
// Program administration

#[component]
pub fn DealAdminPage() -> impl IntoView {
    view! {
        <Page title="Deal program" roles=&[Role::VendorAdmin]>
            <DealAdminBody />
        </Page>
    }
}

#[component]
fn DealAdminBody() -> impl IntoView {
    let save_settings = ServerAction::<DealSettingsSave>::new();
    let save_rule = ServerAction::<DealRuleSave>::new();
    let delete_rule = ServerAction::<DealRuleDelete>::new();
    let save_product = ServerAction::<ProductSave>::new();
    let config = Resource::new(
        move || {
            (
                save_settings.version().get(),
                save_rule.version().get(),
                delete_rule.version().get(),
                save_product.version().get(),
            )
        },
        |_| load_deal_config(),
    );
    let settings_error = action_error(save_settings.value());
    let rule_error = action_error(save_rule.value());
    let product_error = action_error(save_product.value());
    let saved = move || matches!(save_settings.value().get(), Some(Ok(())));
    view! {
        <crate::features::admin::pages::AdminTabs current="/admin/deals" />
        <div class="page-head">
            <div>
                <h1>"Deal program"</h1>
                <p class="muted">"Exclusivity, the approval SLA, approval rules and the products partners register."</p>
            </div>
        </div>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match config.await {
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    Ok(c) => {
                        let company_options: Vec<(String, String)> = std::iter::once(("".to_string(), "Any company".to_string()))
                            .chain(c.companies.iter().map(|(id, n)| (id.to_string(), n.clone())))
                            .collect();
                        let product_options: Vec<(String, String)> = std::iter::once(("".to_string(), "Any product".to_string()))
                            .chain(c.products.iter().filter(|p| p.active).map(|p| (p.id.to_string(), p.name.clone())))
                            .collect();
                        let region_options: Vec<(String, String)> = std::iter::once(("".to_string(), "Any region".to_string()))
                            .chain(crate::shared::validate::REGIONS.iter().map(|r| (r.to_string(), r.to_string())))
                            .collect();
                        let conflict_options: Vec<(String, String)> = super::rules::ConflictCondition::ALL.iter()
                            .map(|x| (x.as_str().to_string(), x.label().to_string())).collect();
                        let action_options: Vec<(String, String)> = super::rules::RuleAction::ALL.iter()
                            .map(|x| (x.as_str().to_string(), x.label().to_string())).collect();
                        let company_name = |id: Option<i64>| id.and_then(|id| c.companies.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()));
                        let product_name = |id: Option<i64>| id.and_then(|id| c.products.iter().find(|p| p.id == id).map(|p| p.name.clone()));
                        view! {
                            <div class="split">
                                <div class="stack">
                                    <section class="card table-card">
                                        <h2 class="card-title">"Approval rules"</h2>
                                        <p class="muted table-intro">"The first matching rule (by order) decides. Without a match, the company's channel manager decides, or any vendor admin when none is assigned. A registration in conflict is never approved automatically."</p>
                                        <FormError error=action_error(delete_rule.value()) />
                                        {if c.rules.is_empty() {
                                            view! { <EmptyState title="No rules yet" text="Every registration goes to the company's channel manager." /> }.into_any()
                                        } else {
                                            view! {
                                                <div class="table-wrap">
                                                    <table class="table">
                                                        <thead><tr>
                                                            <th scope="col" class="num">"Order"</th>
                                                            <th scope="col">"Rule"</th>
                                                            <th scope="col">"When"</th>
                                                            <th scope="col">"Then"</th>
                                                            <th scope="col"><span class="sr-only">"Actions"</span></th>
                                                        </tr></thead>
                                                        <tbody>
                                                            {c.rules.iter().map(|r| {
                                                                let mut when = Vec::new();
                                                                if let Some(n) = company_name(r.company_id) { when.push(n); }
                                                                if let Some(rg) = &r.region { when.push(rg.clone()); }
                                                                if let Some(p) = product_name(r.product_id) { when.push(p); }
                                                                if let Some(v) = r.min_value_cents { when.push(format!("value ≥ {}", v / 100)); }
                                                                if let Some(v) = r.max_value_cents { when.push(format!("value < {}", v / 100)); }
                                                                when.push(r.conflict.label().to_lowercase());
                                                                let id = r.id;
                                                                let rule_name = r.name.clone();
                                                                view! {
                                                                    <tr>
                                                                        <td class="num">{r.position}</td>
                                                                        <td>
                                                                            <div class="cell-main">{r.name.clone()}</div>
                                                                            {(!r.active).then(|| view! { <Badge text="Paused" /> })}
                                                                        </td>
                                                                        <td>{when.join(" · ")}</td>
                                                                        <td>{r.action.label()}</td>
                                                                        <td class="actions-cell">
                                                                            <ActionForm action=delete_rule>
                                                                                <input type="hidden" name="id" value=id />
                                                                                <button class="btn btn-ghost btn-sm" type="submit">"Delete"<span class="sr-only">{format!(" rule {rule_name}")}</span></button>
                                                                            </ActionForm>
                                                                        </td>
                                                                    </tr>
                                                                }
                                                            }).collect_view()}
                                                        </tbody>
                                                    </table>
                                                </div>
                                            }.into_any()
                                        }}
                                    </section>
                                    <section class="card form-card">
                                        <h2 class="card-title">"Add a rule"</h2>
                                        <FormError error=rule_error />
                                        <ActionForm action=save_rule attr:class="stack" attr:novalidate=true>
                                            <div class="row-2">
                                                <Field label="Name" name="name" error=rule_error />
                                                <Field label="Order" name="position" initial="100" error=rule_error hint="Lower runs first." />
                                            </div>
                                            <div class="row-3">
                                                <SelectField label="Company" name="company_id" options=company_options error=rule_error />
                                                <SelectField label="Region" name="region" options=region_options error=rule_error />
                                                <SelectField label="Product" name="product_id" options=product_options error=rule_error />
                                            </div>
                                            <div class="row-3">
                                                <Field label="Value from" name="min_value" error=rule_error />
                                                <Field label="Value below" name="max_value" error=rule_error />
                                                <SelectField label="Conflict" name="conflict" options=conflict_options initial="any" error=rule_error />
                                            </div>
                                            <SelectField label="Then" name="action" options=action_options initial="route_manager" error=rule_error />
                                            <label class="check inline"><input type="checkbox" name="active" value="true" checked=true /><span>"Active"</span></label>
                                            <button class="btn btn-primary" type="submit">"Add rule"</button>
                                        </ActionForm>
                                    </section>
                                </div>
                                <div class="stack">
                                    <section class="card form-card">
                                        <h2 class="card-title">"Program settings"</h2>
                                        {move || saved().then(|| view! { <Notice text="Settings saved." /> })}
                                        <FormError error=settings_error />
                                        <ActionForm action=save_settings attr:class="stack" attr:novalidate=true>
                                            <Field label="Exclusivity (days)" name="exclusivity_days" initial=c.exclusivity_days.to_string() error=settings_error hint="Granted on approval; 30-120 is typical." />
                                            <Field label="Approval SLA (hours)" name="sla_hours" initial=c.sla_hours.to_string() error=settings_error hint="Escalated to vendor admins when it passes." />
                                            <Field label="Extension (days)" name="extension_days" initial=c.extension_days.to_string() error=settings_error />
                                            <Field label="Reminders (days before expiry)" name="reminder_days" initial=c.reminder_days.clone() error=settings_error hint="Like 14, 3" />
                                            <button class="btn btn-primary" type="submit">"Save settings"</button>
                                        </ActionForm>
                                    </section>
                                    <section class="card table-card">
                                        <h2 class="card-title">"Products"</h2>
                                        <ul class="plain-list product-list">
                                            {c.products.iter().map(|p| {
                                                let (id, sku, name, active) = (p.id, p.sku.clone(), p.name.clone(), p.active);
                                                view! {
                                                    <li>
                                                        <div>
                                                            <div class="cell-main">{name.clone()}</div>
                                                            <div class="cell-sub">{format!("{sku} · {} registrations", p.deals)}</div>
                                                        </div>
                                                        <ActionForm action=save_product>
                                                            <input type="hidden" name="id" value=id />
                                                            <input type="hidden" name="sku" value=sku.clone() />
                                                            <input type="hidden" name="name" value=name.clone() />
                                                            <input type="hidden" name="active" value=if active { "false" } else { "true" } />
                                                            <button class="btn btn-ghost btn-sm" type="submit">
                                                                {if active { "Retire" } else { "Offer again" }}
                                                                <span class="sr-only">{format!(" {name}")}</span>
                                                            </button>
                                                        </ActionForm>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                        <ActionForm action=save_product attr:class="stack product-add" attr:novalidate=true>
                                            <FormError error=product_error />
                                            <div class="row-2">
                                                <Field label="SKU" name="sku" error=product_error />
                                                <Field label="Product name" name="name" error=product_error />
                                            </div>
                                            <input type="hidden" name="active" value="true" />
                                            <button class="btn btn-secondary" type="submit">"Add product"</button>
                                        </ActionForm>
                                    </section>
                                </div>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
