//! The team page.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{team_list, TeamInvite, TeamSetStatus, TeamUpdate};
use crate::features::accounts::Member;
use crate::features::deals::{team_deal_visibility, TeamDealVisibilitySet};
use crate::shared::{Role, UserStatus};
use crate::ui::{
    action_error, format_date, status_tone, Badge, Field, FormError, Pager, SelectField,
};
use crate::ui::{use_viewer, Loaded, Page};

#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <Page title="Team" roles=&[Role::PartnerAdmin, Role::PartnerUser]>
            <TeamBody />
        </Page>
    }
}

fn partner_role_options() -> Vec<(String, String)> {
    [Role::PartnerUser, Role::PartnerAdmin]
        .iter()
        .map(|r| (r.as_str().to_string(), r.label().to_string()))
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
                <h1>"Team"</h1>
                <p class="muted">{format!("People of {company} who use the portal.")}</p>
            </div>
        </div>
        <div class="split">
            <section class="card table-card">
                <FormError error=status_error />
                <FormError error=update_error />
                {move || updated().then(|| view! { <crate::ui::Notice text="Changes saved." /> })}
                <Loaded resource=members let:loaded>
                    {
                        let (p, visibility) = loaded;
                                let pages = p.pages();
                                view! {
                                    <div class="table-wrap">
                                        <table class="table">
                                            <thead><tr>
                                                <th scope="col">"Name"</th>
                                                <th scope="col">"Role"</th>
                                                <th scope="col">"Status"</th>
                                                <th scope="col">"Last sign-in"</th>
                                                {is_admin.then(|| view! { <th scope="col"><span class="sr-only">"Actions"</span></th> })}
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
                    <h2 class="card-title">"Invite a colleague"</h2>
                    <p class="muted">"They get an e-mail with a link to set their password."</p>
                    {move || invited().then(|| view! { <crate::ui::Notice text="Invitation sent." /> })}
                    <FormError error=invite_error />
                    <ActionForm action=invite attr:class="stack" attr:novalidate=true>
                        <Field label="Name" name="name" autocomplete="off" error=invite_error required=true />
                        <Field label="Work e-mail" name="email" kind="email" autocomplete="off" error=invite_error required=true />
                        <SelectField label="Role" name="role" options=partner_role_options() initial="partner_user" error=invite_error />
                        <button class="btn btn-primary" type="submit" disabled=move || invite.pending().get()>
                            {move || if invite.pending().get() { "Sending…" } else { "Send invitation" }}
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
    view! {
        <tr>
            <td>
                <div class="cell-main">{m.name.clone()}{is_me.then(|| view! { <span class="muted">" (you)"</span> })}</div>
                <div class="cell-sub">{m.email.clone()}</div>
            </td>
            <td>{m.role.label()}</td>
            <td><Badge text=m.status.label() tone=status_tone(m.status.as_str()) /></td>
            <td class="nowrap">{m.last_login_at.map(format_date).unwrap_or_else(|| "Never".into())}</td>
            {(is_admin).then(|| view! {
                <td class="actions-cell">
                    <details class="row-edit">
                        <summary class="btn btn-ghost btn-sm">"Edit"<span class="sr-only">{format!(" {edit_name}")}</span></summary>
                        <ActionForm action=update attr:class="row-edit-form">
                            <input type="hidden" name="user_id" value=m.id />
                            <label class="sr-only" for=format!("name-{}", m.id)>{format!("Name of {edit_name}")}</label>
                            <input id=format!("name-{}", m.id) name="name" value=edit_name.clone() autocomplete="off" />
                            <label class="sr-only" for=format!("role-{}", m.id)>{format!("Role of {edit_name}")}</label>
                            <select id=format!("role-{}", m.id) name="role">
                                {partner_role_options().into_iter().map(|(v, t)| {
                                    let sel = v == edit_role.as_str();
                                    view! { <option value=v selected=sel>{t}</option> }
                                }).collect_view()}
                            </select>
                            <button class="btn btn-primary btn-sm" type="submit">"Save"</button>
                        </ActionForm>
                    </details>
                    {(!is_me).then(|| view! {
                        <ActionForm action=action>
                            <input type="hidden" name="user_id" value=m.id />
                            <input type="hidden" name="enable" value=enable.to_string() />
                            <button class="btn btn-secondary btn-sm" type="submit">
                                {if enable { "Enable" } else { "Disable" }}
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
        (
            "company".to_string(),
            "Everyone sees all company deals".to_string(),
        ),
        (
            "own".to_string(),
            "Partner users see only their own deals".to_string(),
        ),
    ];
    view! {
        <div class="visibility-setting">
            <h2 class="card-title">"Deal visibility"</h2>
            <p class="muted">"Partner admins always see every deal of the company."</p>
            <ActionForm action=action attr:class="row-inline">
                <SelectField label="Partner users" name="visibility" options=options initial=now error=error />
                <button class="btn btn-secondary" type="submit">"Save"</button>
            </ActionForm>
        </div>
    }
}
