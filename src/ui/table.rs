//! Lists: the pager under every paged table.

use leptos::prelude::*;

use crate::t;

/// "Page 2 of 5" with previous/next links that keep other query values.
#[component]
pub fn Pager(page: i64, pages: i64, total: i64, #[prop(into)] base: String) -> impl IntoView {
    let sep = if base.contains('?') { "&" } else { "?" };
    let prev = (page > 1).then(|| format!("{base}{sep}page={}", page - 1));
    let next = (page < pages).then(|| format!("{base}{sep}page={}", page + 1));
    view! {
        <nav class="pager" aria-label=t!("pager-label")>
            <span class="muted">{t!("pager-status", page = page, pages = pages, total = total)}</span>
            <span class="pager-links">
                {match prev {
                    Some(href) => view! { <a class="btn btn-secondary btn-sm" href=href rel="prev">{t!("pager-previous")}</a> }.into_any(),
                    None => view! { <span class="btn btn-secondary btn-sm" aria-disabled="true">{t!("pager-previous")}</span> }.into_any(),
                }}
                {match next {
                    Some(href) => view! { <a class="btn btn-secondary btn-sm" href=href rel="next">{t!("pager-next")}</a> }.into_any(),
                    None => view! { <span class="btn btn-secondary btn-sm" aria-disabled="true">{t!("pager-next")}</span> }.into_any(),
                }}
            </span>
        </nav>
    }
}
