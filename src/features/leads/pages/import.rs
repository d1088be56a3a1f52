//! Staff import leads from a CSV: upload a file or paste lines, see every
//! line checked, then create and hand out all of them, or none.

use super::*;

/// A sheet the importer reads: column names are the file's, not words to
/// translate.
const EXAMPLE: &str = "company,domain,contact_name,contact_email,country,region,product,value,source
Cyberdyne Robotics,cyberdyne.example,Miles Dyson,miles@cyberdyne.example,US,North America,NX-SEC,85000,event";

#[component]
pub fn LeadImportPage() -> impl IntoView {
    view! {
        <Page title=t!("lead-import-title") roles=STAFF>
            <ImportBody />
        </Page>
    }
}

#[component]
fn ImportBody() -> impl IntoView {
    let q = use_query_map();
    let batch = move || q.read().get("batch").and_then(|b| b.parse::<i64>().ok());
    let apply = ServerAction::<LeadApplyImport>::new();
    let stage = ServerAction::<LeadStageImport>::new();
    let data = Resource::new(
        move || (batch(), apply.version().get()),
        |(batch, _)| lead_import_preview(batch),
    );
    let stage_error = action_error(stage.value());
    let apply_error = action_error(apply.value());
    let applied = move || {
        let q = q.read();
        q.get("offered").map(|o| {
            let queued = q.get("queued").unwrap_or_default();
            t!("lead-import-applied", offered = o, queued = queued)
        })
    };
    let upload_error = upload_error();
    view! {
        {move || applied().map(|t| view! { <Notice text=t /> })}
        {upload_error.map(|t| view! { <div class="alert alert-danger" role="alert"><span>{t}</span></div> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/leads">{t!("lead-list-title")}</a></p>
                <h1>{t!("lead-import-title")}</h1>
                <p class="muted">{t!("lead-import-lead", max = MAX_IMPORT_ROWS as i64)}</p>
            </div>
        </div>
        <div class="split">
            <section class="card stack">
                <h2 class="card-title">{t!("lead-import-file-title")}</h2>
                <form class="stack" method="post" action=UPLOAD_LEADS enctype="multipart/form-data">
                    <div class="field">
                        <label for="f-lead-csv">{t!("lead-import-file")}</label>
                        <input id="f-lead-csv" type="file" name="file" accept=".csv,text/csv" required=true />
                    </div>
                    <button class="btn btn-secondary" type="submit">{t!("lead-import-preview")}</button>
                </form>
                <ActionForm action=stage attr:class="stack">
                    <TextArea label=t!("lead-import-paste") name="csv" error=stage_error maxlength=60000 hint=t!("lead-import-columns") />
                    <button class="btn btn-secondary" type="submit">{t!("lead-import-preview")}</button>
                </ActionForm>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("lead-import-example-title")}</h2>
                <pre class="csv-example">{EXAMPLE}</pre>
            </section>
        </div>
        <Loaded resource=data let:preview>
            {preview.map(|p| view! { <PreviewView p=p apply=apply error=apply_error /> })}
        </Loaded>
    }
}

#[component]
fn PreviewView(
    p: LeadPreview,
    apply: ServerAction<LeadApplyImport>,
    error: Signal<Option<crate::shared::AppError>>,
) -> impl IntoView {
    let l = use_l10n();
    let n = p.rows.len() as i64;
    let bad = p.rows.iter().filter(|r| !r.errors.is_empty()).count() as i64;
    let title = if p.file_name.is_empty() {
        t!("lead-import-preview-pasted")
    } else {
        t!("lead-import-preview-file", file = p.file_name.as_str())
    };
    view! {
        <section class="card preview-card">
            <h2 class="card-title">{title}</h2>
            <FormError error=error />
            {match (&p.error, p.applied, p.valid()) {
                (Some(e), _, _) => view! { <div class="alert alert-danger" role="alert"><span>{l.msg(e)}</span></div> }.into_any(),
                (None, true, _) => view! { <div class="alert alert-success"><span>{t!("lead-import-done")}</span></div> }.into_any(),
                (None, false, true) => view! {
                    <div class="alert alert-success"><span>{t!("lead-import-valid", count = n)}</span></div>
                    <ActionForm action=apply>
                        <input type="hidden" name="batch_id" value=p.batch_id />
                        <button class="btn btn-primary" type="submit">{t!("lead-import-apply", count = n)}</button>
                    </ActionForm>
                }.into_any(),
                (None, false, false) => view! {
                    <div class="alert alert-warning"><span>{t!("lead-import-errors", bad = bad, count = n)}</span></div>
                }.into_any(),
            }}
            {(!p.rows.is_empty()).then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t!("lead-import-lines")>
                    <table class="table">
                        <thead><tr>
                            <th scope="col" class="num">{t!("lead-import-col-line")}</th>
                            <th scope="col">{t!("lead-import-col-company")}</th>
                            <th scope="col">{t!("lead-import-col-region")}</th>
                            <th scope="col" class="hide-sm">{t!("lead-import-col-contact")}</th>
                            <th scope="col">{t!("lead-import-col-problems")}</th>
                        </tr></thead>
                        <tbody>
                            {p.rows.iter().map(|r| {
                                let problems = if r.errors.is_empty() {
                                    t!("lead-import-ok")
                                } else {
                                    r.errors
                                        .iter()
                                        .map(|(column, m)| format!("{column}: {}", l.msg(m)))
                                        .collect::<Vec<_>>()
                                        .join(" · ")
                                };
                                view! {
                                    <tr class:row-error=!r.errors.is_empty()>
                                        <td class="num">{r.line}</td>
                                        <td>{r.company.clone()}</td>
                                        <td>{r.region.clone()}</td>
                                        <td class="hide-sm">{r.contact.clone()}</td>
                                        <td class="small">{problems}</td>
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
