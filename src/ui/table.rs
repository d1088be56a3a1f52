//! Lists: the pager under every paged table.

use leptos::prelude::*;

/// "Page 2 of 5" with previous/next links that keep other query values.
#[component]
pub fn Pager(page: i64, pages: i64, total: i64, #[prop(into)] base: String) -> impl IntoView {
    let sep = if base.contains('?') { "&" } else { "?" };
    let prev = (page > 1).then(|| format!("{base}{sep}page={}", page - 1));
    let next = (page < pages).then(|| format!("{base}{sep}page={}", page + 1));
    view! {
        <nav class="pager" aria-label="Pagination">
            <span class="muted">{format!("Page {page} of {pages} · {total} in all")}</span>
            <span class="pager-links">
                {match prev {
                    Some(href) => view! { <a class="btn btn-secondary btn-sm" href=href rel="prev">"Previous"</a> }.into_any(),
                    None => view! { <span class="btn btn-secondary btn-sm" aria-disabled="true">"Previous"</span> }.into_any(),
                }}
                {match next {
                    Some(href) => view! { <a class="btn btn-secondary btn-sm" href=href rel="next">"Next"</a> }.into_any(),
                    None => view! { <span class="btn btn-secondary btn-sm" aria-disabled="true">"Next"</span> }.into_any(),
                }}
            </span>
        </nav>
    }
}
