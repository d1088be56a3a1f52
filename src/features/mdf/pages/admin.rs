//! The vendor admin's MDF console: allocation one by one or by CSV with a
//! preview, and the program rules.

use super::*;

#[component]
pub(super) fn AdminConsole() -> impl IntoView {
    let q = use_query_map();
    let batch = move || q.read().get("batch").and_then(|b| b.parse::<i64>().ok());
    let apply = ServerAction::<MdfApplyAllocations>::new();
    let info = Resource::new(
        move || (batch(), apply.version().get()),
        |(batch, _)| load_mdf_admin(batch),
    );
    view! {
        <Loaded resource=info let:i>
            <AdminForms info=i apply=apply />
        </Loaded>
    }
}

#[component]
pub(super) fn AdminForms(
    info: MdfAdminInfo,
    apply: ServerAction<MdfApplyAllocations>,
) -> impl IntoView {
    let allocate = ServerAction::<MdfAllocate>::new();
    let stage = ServerAction::<MdfStageAllocations>::new();
    let save = ServerAction::<MdfSaveSettings>::new();
    let alloc_error = action_error(allocate.value());
    let stage_error = action_error(stage.value());
    let apply_error = action_error(apply.value());
    let save_error = action_error(save.value());
    let upload_error = upload_error();
    let s = info.settings.clone();
    let companies: Vec<(String, String)> = info
        .companies
        .iter()
        .map(|c| (c.id.to_string(), c.name.clone()))
        .collect();
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let periods = vec![
        ("quarter".to_string(), t!("mdf-admin-quarter")),
        ("year".to_string(), t!("mdf-admin-year")),
    ];
    let preview = info.preview.clone();
    let csv_initial = preview
        .as_ref()
        .filter(|p| !p.applied)
        .map(|p| p.body.clone())
        .unwrap_or_default();
    view! {
        <div class="grid grid-2" id="allocate">
            <section class="card">
                <h2 class="card-title">{t!("mdf-admin-allocate-title")}</h2>
                <FormError error=alloc_error />
                <ActionForm action=allocate attr:class="stack">
                    <SelectField label=t!("mdf-admin-company") name="company_id" options=companies error=alloc_error />
                    <div class="row-3">
                        <Field label=t!("mdf-admin-period") name="period" initial=info.current_period.clone() error=alloc_error hint=t!("mdf-admin-period-hint") />
                        <Field label=t!("mdf-admin-amount") name="amount" error=alloc_error hint=t!("mdf-admin-amount-hint") />
                        <SelectField label=t!("mdf-admin-currency") name="currency" options=currencies error=alloc_error initial="USD" />
                    </div>
                    <Field label=t!("mdf-admin-note") name="note" error=alloc_error />
                    <button class="btn btn-primary" type="submit">{t!("mdf-admin-allocate")}</button>
                </ActionForm>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("mdf-admin-upload-title")}</h2>
                <p class="muted small">{t!("mdf-admin-upload-lead")}</p>
                {upload_error.map(|t| view! { <div class="alert alert-danger" role="alert"><span>{t}</span></div> })}
                <form class="stack" method="post" action="/api/admin/mdf/allocations/upload" enctype="multipart/form-data">
                    <div class="field">
                        <label for="f-csv-file">{t!("mdf-admin-csv-file")}</label>
                        <input id="f-csv-file" type="file" name="file" accept=".csv,text/csv" required=true />
                    </div>
                    <button class="btn btn-secondary" type="submit">{t!("mdf-admin-upload")}</button>
                </form>
                <FormError error=stage_error />
                <ActionForm action=stage attr:class="stack">
                    <TextArea label=t!("mdf-admin-paste") name="csv" initial=csv_initial error=stage_error maxlength=60000 />
                    <button class="btn btn-secondary" type="submit">{t!("mdf-admin-preview")}</button>
                </ActionForm>
            </section>
        </div>
        {preview.map(|p| view! { <PreviewView p=p apply=apply error=apply_error /> })}
        <section class="card" id="rules">
            <h2 class="card-title">{t!("mdf-admin-rules-title")}</h2>
            <FormError error=save_error />
            <ActionForm action=save attr:class="stack">
                <div class="row-3">
                    <SelectField label=t!("mdf-admin-period-kind") name="period_kind" options=periods initial=s.period_kind.clone() error=save_error />
                    <Field label=t!("mdf-admin-claim-days") name="claim_days" initial=s.claim_days.to_string() error=save_error />
                    <Field label=t!("mdf-admin-max-percent") name="max_percent" initial=s.max_percent.to_string() error=save_error hint=t!("mdf-admin-max-percent-hint") />
                </div>
                <div class="row-2">
                    <Field label=t!("mdf-admin-sla-hours") name="sla_hours" initial=s.sla_hours.to_string() error=save_error />
                    <label class="check">
                        <input type="checkbox" name="expire_funds" value="1" checked=s.expire_funds />
                        <span>{t!("mdf-admin-expire-funds")}</span>
                    </label>
                </div>
                <button class="btn btn-primary" type="submit">{t!("mdf-admin-save-rules")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn PreviewView(
    p: AllocationPreview,
    apply: ServerAction<MdfApplyAllocations>,
    #[prop(into)] error: Signal<Option<crate::shared::AppError>>,
) -> impl IntoView {
    let valid = p.valid();
    let n = p.rows.len();
    let bad = p.rows.iter().filter(|r| !r.errors.is_empty()).count();
    let mut totals: Vec<(String, i64)> = Vec::new();
    for r in &p.rows {
        match totals.iter_mut().find(|(c, _)| *c == r.currency) {
            Some((_, v)) => *v += r.amount_cents,
            None => totals.push((r.currency.clone(), r.amount_cents)),
        }
    }
    let total_text = totals
        .iter()
        .map(|(c, v)| format_money(*v, c))
        .collect::<Vec<_>>()
        .join(" · ");
    let l = use_l10n();
    let title = if p.file_name.is_empty() {
        t!("mdf-preview-title-pasted")
    } else {
        t!("mdf-preview-title", file = p.file_name.as_str())
    };
    view! {
        <section class="card preview-card">
            <h2 class="card-title">{title}</h2>
            <FormError error=error />
            {p.error.clone().map(|e| view! { <div class="alert alert-danger" role="alert"><span>{l.msg(&e)}</span></div> })}
            {if p.applied {
                view! { <div class="alert alert-success"><span>{t!("mdf-preview-applied")}</span></div> }.into_any()
            } else if valid {
                view! {
                    <div class="alert alert-success"><span>{t!("mdf-preview-valid", count = n, total = total_text.as_str())}</span></div>
                    <ActionForm action=apply>
                        <input type="hidden" name="batch_id" value=p.batch_id />
                        <button class="btn btn-primary" type="submit">{t!("mdf-preview-apply", count = n)}</button>
                    </ActionForm>
                }.into_any()
            } else if p.error.is_none() {
                view! { <div class="alert alert-warning"><span>{t!("mdf-preview-errors", bad = bad, count = n)}</span></div> }.into_any()
            } else {
                ().into_any()
            }}
            {(!p.rows.is_empty()).then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t!("mdf-preview-lines")>
                    <table class="table">
                        <thead><tr>
                            <th scope="col" class="num">{t!("mdf-preview-col-line")}</th>
                            <th scope="col">{t!("mdf-preview-col-company")}</th>
                            <th scope="col">{t!("mdf-preview-col-period")}</th>
                            <th scope="col" class="num">{t!("mdf-preview-col-amount")}</th>
                            <th scope="col">{t!("mdf-preview-col-problems")}</th>
                        </tr></thead>
                        <tbody>
                            {p.rows.iter().map(|r| {
                                let problems = if r.errors.is_empty() {
                                    t!("mdf-preview-ok")
                                } else {
                                    r.errors.iter().map(|m| l.msg(m)).collect::<Vec<_>>().join(" ")
                                };
                                view! {
                                    <tr class:row-error=!r.errors.is_empty()>
                                        <td class="num">{r.line}</td>
                                        <td>{r.company.clone()}</td>
                                        <td>{r.period.clone()}</td>
                                        <td class="num">{format_money(r.amount_cents, &r.currency)}</td>
                                        <td>{problems}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}
