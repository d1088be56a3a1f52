//! The notifications page and the bell in the top bar.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{notifications_list, notifications_unread, NotificationsRead};
use crate::t;
use crate::ui::Page;
use crate::ui::{format_datetime, EmptyState, Loaded, Pager};

/// The bell: a link to the list with the unread count.
#[component]
pub fn Bell() -> impl IntoView {
    let unread = Resource::new(|| (), |_| notifications_unread());
    view! {
        <Suspense fallback=|| view! { <a class="bell" href="/notifications" aria-label=t!("notif-bell-label")><BellIcon /></a> }>
            {move || Suspend::new(async move {
                let n = unread.await.unwrap_or(0);
                let label = t!("notif-bell-unread", count = n);
                view! {
                    <a class="bell" href="/notifications" aria-label=label>
                        <BellIcon />
                        {(n > 0).then(|| view! { <span class="bell-count" aria-hidden="true">{if n >= 100 { "99+".to_string() } else { n.to_string() }}</span> })}
                    </a>
                }
            })}
        </Suspense>
    }
}

#[component]
fn BellIcon() -> impl IntoView {
    view! {
        <svg class="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"
                d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
    }
}

#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! {
        <Page title=t!("notif-title")>
            <NotificationsBody />
        </Page>
    }
}

#[component]
fn NotificationsBody() -> impl IntoView {
    let read = ServerAction::<NotificationsRead>::new();
    let page = move || {
        use_query_map()
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
    };
    let list = Resource::new(
        move || (page(), read.version().get()),
        |(p, _)| notifications_list(p),
    );
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("notif-title")}</h1>
                <p class="muted">{t!("notif-lead")}</p>
            </div>
            <ActionForm action=read>
                <button class="btn btn-secondary" type="submit">{t!("notif-mark-all")}</button>
            </ActionForm>
        </div>
        <section class="card table-card">
            <Loaded resource=list let:loaded>
                {match loaded {
                        p if p.items.is_empty() => view! { <EmptyState title=t!("notif-empty-title") text=t!("notif-empty-text") /> }.into_any(),
                        p => {
                            let pages = p.pages();
                            view! {
                                <ul class="notif-list">
                                    {p.items.into_iter().map(|n| view! {
                                        <li class:unread=!n.read>
                                            <a class="cell-main" href=n.link.clone()>{n.title_text()}</a>
                                            {(!n.read).then(|| view! { <span class="badge badge-info">{t!("notif-new")}</span> })}
                                            <p class="muted">{n.body_text()}</p>
                                            <p class="cell-sub">{format_datetime(n.created_at)}</p>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                <Pager page=p.page pages=pages total=p.total base="/notifications" />
                            }.into_any()
                        }
                }}
            </Loaded>
        </section>
    }
}
