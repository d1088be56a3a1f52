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
    let upload_error = query("upload_error");
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
        ("quarter".to_string(), "Quarter".to_string()),
        ("year".to_string(), "Year".to_string()),
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
                <h2 class="card-title">"Allocate funds"</h2>
                <FormError error=alloc_error />
                <ActionForm action=allocate attr:class="stack">
                    <SelectField label="Partner company" name="company_id" options=companies error=alloc_error />
                    <div class="row-3">
                        <Field label="Period *" name="period" initial=info.current_period.clone() error=alloc_error hint="2026-Q4 or 2026" />
                        <Field label="Amount *" name="amount" error=alloc_error hint="Negative to reduce" />
                        <SelectField label="Currency" name="currency" options=currencies error=alloc_error initial="USD" />
                    </div>
                    <Field label="Note" name="note" error=alloc_error />
                    <button class="btn btn-primary" type="submit">"Allocate"</button>
                </ActionForm>
            </section>
            <section class="card">
                <h2 class="card-title">"Upload allocations (CSV)"</h2>
                <p class="muted small">"Columns: company (name or id), period, amount, currency, note. You see a preview first; nothing is applied until every line is valid."</p>
                {upload_error.map(|t| view! { <div class="alert alert-danger" role="alert"><span>{t}</span></div> })}
                <form class="stack" method="post" action="/api/admin/mdf/allocations/upload" enctype="multipart/form-data">
                    <div class="field">
                        <label for="f-csv-file">"CSV file"</label>
                        <input id="f-csv-file" type="file" name="file" accept=".csv,text/csv" required=true />
                    </div>
                    <button class="btn btn-secondary" type="submit">"Upload and preview"</button>
                </form>
                <FormError error=stage_error />
                <ActionForm action=stage attr:class="stack">
                    <TextArea label="…or paste the lines" name="csv" initial=csv_initial error=stage_error maxlength=60000 />
                    <button class="btn btn-secondary" type="submit">"Preview"</button>
                </ActionForm>
            </section>
        </div>
        {preview.map(|p| view! { <PreviewView p=p apply=apply error=apply_error /> })}
        <section class="card" id="rules">
            <h2 class="card-title">"MDF rules"</h2>
            <FormError error=save_error />
            <ActionForm action=save attr:class="stack">
                <div class="row-3">
                    <SelectField label="Funds are allocated per" name="period_kind" options=periods initial=s.period_kind.clone() error=save_error />
                    <Field label="Claim deadline (days after the activity)" name="claim_days" initial=s.claim_days.to_string() error=save_error />
                    <Field label="Maximum reimbursement %" name="max_percent" initial=s.max_percent.to_string() error=save_error hint="100, or e.g. 50 for co-op" />
                </div>
                <div class="row-2">
                    <Field label="Decision time (hours)" name="sla_hours" initial=s.sla_hours.to_string() error=save_error />
                    <label class="check">
                        <input type="checkbox" name="expire_funds" value="1" checked=s.expire_funds />
                        <span>"Unused funds expire at the end of their period"</span>
                    </label>
                </div>
                <button class="btn btn-primary" type="submit">"Save rules"</button>
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
    view! {
        <section class="card preview-card">
            <h2 class="card-title">{format!("Preview: {}", p.file_name)}</h2>
            <FormError error=error />
            {p.error.clone().map(|e| view! { <div class="alert alert-danger" role="alert"><span>{e}</span></div> })}
            {if p.applied {
                view! { <div class="alert alert-success"><span>"This upload was applied."</span></div> }.into_any()
            } else if valid {
                view! {
                    <div class="alert alert-success"><span>{format!("All {n} lines are valid: {total_text}.")}</span></div>
                    <ActionForm action=apply>
                        <input type="hidden" name="batch_id" value=p.batch_id />
                        <button class="btn btn-primary" type="submit">{format!("Apply {n} allocations")}</button>
                    </ActionForm>
                }.into_any()
            } else if p.error.is_none() {
                view! { <div class="alert alert-warning"><span>{format!("{bad} of {n} lines have errors. Nothing was applied: correct the file and upload it again.")}</span></div> }.into_any()
            } else {
                ().into_any()
            }}
            {(!p.rows.is_empty()).then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label="Lines of the upload">
                    <table class="table">
                        <thead><tr>
                            <th scope="col" class="num">"Line"</th>
                            <th scope="col">"Company"</th>
                            <th scope="col">"Period"</th>
                            <th scope="col" class="num">"Amount"</th>
                            <th scope="col">"Problems"</th>
                        </tr></thead>
                        <tbody>
                            {p.rows.iter().map(|r| view! {
                                <tr class:row-error=!r.errors.is_empty()>
                                    <td class="num">{r.line}</td>
                                    <td>{r.company.clone()}</td>
                                    <td>{r.period.clone()}</td>
                                    <td class="num">{format_money(r.amount_cents, &r.currency)}</td>
                                    <td>{if r.errors.is_empty() { "OK".to_string() } else { r.errors.join(" ") }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}
