//! The team page.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{team_list, TeamInvite, TeamSetStatus, TeamUpdate};
use crate::features::accounts::Member;
use crate::features::deals::{team_deal_visibility, TeamDealVisibilitySet};
use crate::shared::l10n::use_l10n;
use crate::shared::{Role, UserStatus};
use crate::t;
use crate::ui::{action_error, status_tone, Badge, Field, FormError, Pager, SelectField};
use crate::ui::{use_viewer, Loaded, Page};

#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <Page title=t!("team-title") roles=&[Role::PartnerAdmin, Role::PartnerUser]>
            <TeamBody />
        </Page>
    }
}

fn partner_role_options() -> Vec<(String, String)> {
    [Role::PartnerUser, Role::PartnerAdmin]
        .iter()
        .map(|r| (r.as_str().to_string(), r.label()))
        .collect()
}

#[component]
fn TeamBody() -> impl IntoView {
    let viewer = use_viewer();
    let is_admin = viewer
        .as_ref()
        .is_some_and(|v| v.role == Role::PartnerAdmin);
    let me = viewer.as_ref().map(|v| v.user_id).unwrap_or_default();
    let company = viewer.and_then(|v| v.company_name).unwrap_or_default();
    let invite = ServerAction::<TeamInvite>::new();
    let set_status = ServerAction::<TeamSetStatus>::new();
    let update = ServerAction::<TeamUpdate>::new();
    let page = move || {
        use_query_map()
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
    };
    let set_visibility = ServerAction::<TeamDealVisibilitySet>::new();
    // One resource for the page's data: the list and, for admins, the deal
    // visibility setting (a second Suspense on this page could leave the
    // server render waiting).
    let members = Resource::new(
        move || {
            (
                page(),
                invite.version().get(),
                set_status.version().get(),
                update.version().get(),
                set_visibility.version().get(),
            )
        },
        move |(page, ..)| async move {
            let list = team_list(page).await?;
            let visibility = if is_admin {
                Some(team_deal_visibility().await?)
            } else {
                None
            };
            Ok::<_, crate::shared::AppError>((list, visibility))
        },
    );
    let invite_error = action_error(invite.value());
    let invited = move || matches!(invite.value().get(), Some(Ok(())));
    let status_error = action_error(set_status.value());
    let update_error = action_error(update.value());
    let updated = move || matches!(update.value().get(), Some(Ok(())));
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("team-title")}</h1>
                <p class="muted">{t!("team-lead", company = company)}</p>
            </div>
        </div>
        <div class="split">
            <section class="card table-card">
                <FormError error=status_error />
                <FormError error=update_error />
                {move || updated().then(|| view! { <crate::ui::Notice text=t!("team-saved") /> })}
                <Loaded resource=members let:loaded>
                    {
                        let (p, visibility) = loaded;
                                let pages = p.pages();
                                view! {
                                    <div class="table-wrap">
                                        <table class="table">
                                            <thead><tr>
                                                <th scope="col">{t!("team-col-name")}</th>
                                                <th scope="col">{t!("team-col-role")}</th>
                                                <th scope="col">{t!("team-col-status")}</th>
                                                <th scope="col">{t!("team-col-last-sign-in")}</th>
                                                {is_admin.then(|| view! { <th scope="col"><span class="sr-only">{t!("team-col-actions")}</span></th> })}
                                            </tr></thead>
                                            <tbody>
                                                {p.items.into_iter().map(|m| view! { <MemberRow m=m is_admin=is_admin me=me action=set_status update=update /> }).collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                    <Pager page=p.page pages=pages total=p.total base="/team" />
                                    {visibility.map(|now| view! { <DealVisibility now=now action=set_visibility /> })}
                                }.into_any()

                    }
                </Loaded>
            </section>
            {is_admin.then(|| view! {
                <div class="stack">
                <section class="card form-card">
                    <h2 class="card-title">{t!("team-invite-title")}</h2>
                    <p class="muted">{t!("team-invite-lead")}</p>
                    {move || invited().then(|| view! { <crate::ui::Notice text=t!("team-invite-sent") /> })}
                    <FormError error=invite_error />
                    <ActionForm action=invite attr:class="stack" attr:novalidate=true>
                        <Field label=t!("team-invite-name") name="name" autocomplete="off" error=invite_error required=true />
                        <Field label=t!("team-invite-email") name="email" kind="email" autocomplete="off" error=invite_error required=true />
                        <SelectField label=t!("team-invite-role") name="role" options=partner_role_options() initial="partner_user" error=invite_error />
                        <button class="btn btn-primary" type="submit" disabled=move || invite.pending().get()>
                            {move || if invite.pending().get() { t!("team-invite-sending") } else { t!("team-invite-submit") }}
                        </button>
                    </ActionForm>
                </section>
                </div>
            })}
        </div>
    }
}

#[component]
fn MemberRow(
    m: Member,
    is_admin: bool,
    me: i64,
    action: ServerAction<TeamSetStatus>,
    update: ServerAction<TeamUpdate>,
) -> impl IntoView {
    let is_me = m.id == me;
    let enable = m.status == UserStatus::Disabled;
    let (edit_name, edit_role) = (m.name.clone(), m.role);
    let l = use_l10n();
    view! {
        <tr>
            <td>
                <div class="cell-main">{m.name.clone()}{is_me.then(|| view! { <span class="muted">" "{t!("team-you")}</span> })}</div>
                <div class="cell-sub">{m.email.clone()}</div>
            </td>
            <td>{m.role.label()}</td>
            <td><Badge text=m.status.label() tone=status_tone(m.status.as_str()) /></td>
            <td class="nowrap">{m.last_login_at.map(|at| l.day_of(at)).unwrap_or_else(|| l.t("team-never"))}</td>
            {(is_admin).then(|| view! {
                <td class="actions-cell">
                    <details class="row-edit">
                        <summary class="btn btn-ghost btn-sm">{t!("team-edit")}<span class="sr-only">{format!(" {edit_name}")}</span></summary>
                        <ActionForm action=update attr:class="row-edit-form">
                            <input type="hidden" name="user_id" value=m.id />
                            <label class="sr-only" for=format!("name-{}", m.id)>{t!("team-name-of", name = edit_name.clone())}</label>
                            <input id=format!("name-{}", m.id) name="name" value=edit_name.clone() autocomplete="off" />
                            <label class="sr-only" for=format!("role-{}", m.id)>{t!("team-role-of", name = edit_name.clone())}</label>
                            <select id=format!("role-{}", m.id) name="role">
                                {partner_role_options().into_iter().map(|(v, t)| {
                                    let sel = v == edit_role.as_str();
                                    view! { <option value=v selected=sel>{t}</option> }
                                }).collect_view()}
                            </select>
                            <button class="btn btn-primary btn-sm" type="submit">{t!("team-save")}</button>
                        </ActionForm>
                    </details>
                    {(!is_me).then(|| view! {
                        <ActionForm action=action>
                            <input type="hidden" name="user_id" value=m.id />
                            <input type="hidden" name="enable" value=enable.to_string() />
                            <button class="btn btn-secondary btn-sm" type="submit">
                                {if enable { t!("team-enable") } else { t!("team-disable") }}
                                <span class="sr-only">{format!(" {}", m.name)}</span>
                            </button>
                        </ActionForm>
                    })}
                </td>
            })}
        </tr>
    }
}

/// The partner admin's choice of who sees the company's deals.
#[component]
fn DealVisibility(now: String, action: ServerAction<TeamDealVisibilitySet>) -> impl IntoView {
    let error = action_error(action.value());
    let options = vec![
        ("company".to_string(), t!("team-visibility-company")),
        ("own".to_string(), t!("team-visibility-own")),
    ];
    view! {
        <div class="visibility-setting">
            <h2 class="card-title">{t!("team-visibility-title")}</h2>
            <p class="muted">{t!("team-visibility-lead")}</p>
            <ActionForm action=action attr:class="row-inline">
                <SelectField label=t!("team-visibility-label") name="visibility" options=options initial=now error=error />
                <button class="btn btn-secondary" type="submit">{t!("team-save")}</button>
            </ActionForm>
        </div>
    }
}
