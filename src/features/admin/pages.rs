//! Staff and dev mail pages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{mail_list, staff_list, AdminInvite, AdminSetStatus};
use crate::shared::l10n::use_l10n;
use crate::shared::{Role, UserStatus};
use crate::ui::{
    action_error, status_tone, Badge, EmptyState, Field, FormError, Notice, Pager, SelectField,
};
use crate::ui::{use_viewer, AdminTabs, Loaded, Page};
use crate::{k, t};

fn page_param() -> Option<i64> {
    use_query_map()
        .read()
        .get("page")
        .and_then(|p| p.parse::<i64>().ok())
}

#[component]
pub fn StaffPage() -> impl IntoView {
    view! {
        <Page title=t!("admin-staff-title") roles=&[Role::VendorAdmin]>
            <StaffBody />
        </Page>
    }
}

#[component]
fn StaffBody() -> impl IntoView {
    let invite = ServerAction::<AdminInvite>::new();
    let set_status = ServerAction::<AdminSetStatus>::new();
    let list = Resource::new(
        move || {
            (
                page_param(),
                invite.version().get(),
                set_status.version().get(),
            )
        },
        |(page, ..)| staff_list(page),
    );
    let me = use_viewer().map(|v| v.user_id).unwrap_or_default();
    let invite_error = action_error(invite.value());
    let status_error = action_error(set_status.value());
    let invited = move || matches!(invite.value().get(), Some(Ok(())));
    let l = use_l10n();
    let role_options = vec![
        (
            Role::ChannelManager.as_str().to_string(),
            Role::ChannelManager.label(),
        ),
        (
            Role::VendorAdmin.as_str().to_string(),
            Role::VendorAdmin.label(),
        ),
    ];
    view! {
        <AdminTabs current="/admin/staff" />
        <div class="page-head">
            <div>
                <h1>{t!("admin-staff-title")}</h1>
                <p class="muted">{t!("admin-staff-lead")}</p>
            </div>
        </div>
        <div class="split">
            <section class="card table-card">
                <FormError error=status_error />
                <Loaded resource=list let:p>
                    {
                            {
                                let pages = p.pages();
                                view! {
                                    <div class="table-wrap">
                                        <table class="table">
                                            <thead><tr><th scope="col">{t!("admin-col-name")}</th><th scope="col">{t!("admin-col-role")}</th><th scope="col">{t!("admin-col-status")}</th><th scope="col">{t!("admin-col-last-sign-in")}</th><th scope="col"><span class="sr-only">{t!("admin-col-actions")}</span></th></tr></thead>
                                            <tbody>
                                                {p.items.into_iter().map(|m| {
                                                    let l = l.clone();
                                                    let enable = m.status == UserStatus::Disabled;
                                                    view! {
                                                        <tr>
                                                            <td><div class="cell-main">{m.name.clone()}</div><div class="cell-sub">{m.email.clone()}</div></td>
                                                            <td>{m.role.label()}</td>
                                                            <td><Badge text=m.status.label() tone=status_tone(m.status.as_str()) /></td>
                                                            <td class="nowrap">{m.last_login_at.map(|at| l.day_of(at)).unwrap_or_else(|| l.t("admin-never"))}</td>
                                                            <td class="actions-cell">
                                                                {(m.id != me).then(|| view! {
                                                                    <ActionForm action=set_status>
                                                                        <input type="hidden" name="user_id" value=m.id />
                                                                        <input type="hidden" name="enable" value=enable.to_string() />
                                                                        <button class="btn btn-secondary btn-sm" type="submit">
                                                                            {if enable { t!("admin-enable") } else { t!("admin-disable") }}
                                                                            <span class="sr-only">{format!(" {}", m.name)}</span>
                                                                        </button>
                                                                    </ActionForm>
                                                                })}
                                                            </td>
                                                        </tr>
                                                    }
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                    <Pager page=p.page pages=pages total=p.total base="/admin/staff" />
                                }.into_any()
                            }
                    }
                </Loaded>
            </section>
            <section class="card form-card">
                <h2 class="card-title">{t!("admin-invite-title")}</h2>
                {move || invited().then(|| view! { <Notice text=t!("admin-invite-sent") /> })}
                <FormError error=invite_error />
                <ActionForm action=invite attr:class="stack" attr:novalidate=true>
                    <Field label=t!("admin-invite-name") name="name" error=invite_error required=true />
                    <Field label=t!("admin-invite-email") name="email" kind="email" error=invite_error required=true />
                    <SelectField label=t!("admin-invite-role") name="role" options=role_options initial="channel_manager" error=invite_error />
                    <button class="btn btn-primary" type="submit">{t!("admin-invite-submit")}</button>
                </ActionForm>
            </section>
        </div>
    }
}

#[component]
pub fn MailPage() -> impl IntoView {
    view! {
        <Page title=t!("admin-mail-title") roles=&[Role::VendorAdmin]>
            <MailBody />
        </Page>
    }
}

#[component]
fn MailBody() -> impl IntoView {
    let list = Resource::new(page_param, mail_list);
    let l = use_l10n();
    view! {
        <AdminTabs current="/admin/mail" />
        <div class="page-head">
            <div>
                <h1>{t!("admin-mail-title")}</h1>
                <p class="muted">{t!("admin-mail-lead")}</p>
            </div>
        </div>
        <Loaded resource=list let:loaded>
            {match loaded {
                    p if p.items.is_empty() => view! { <section class="card"><EmptyState title=t!("admin-mail-empty-title") text=t!("admin-mail-empty-text") /></section> }.into_any(),
                    p => {
                        let pages = p.pages();
                        view! {
                            <div class="stack">
                                {p.items.into_iter().map(|m| {
                                    let error = if m.not_configured {
                                        Some(l.t("admin-mail-no-smtp"))
                                    } else {
                                        m.last_error
                                    };
                                    view! {
                                    <article class="card mail">
                                        <header class="mail-head">
                                            <div>
                                                <h2 class="mail-subject">{m.subject}</h2>
                                                <p class="muted">{l.t_with("admin-mail-to", &[("to", m.to_address.into()), ("at", l.datetime(m.created_at).into())])}</p>
                                            </div>
                                            <Badge text=mail_status_label(&m.status) tone=mail_status_tone(&m.status) />
                                        </header>
                                        {error.map(|e| view! { <p class="muted">{l.t_with("admin-mail-error", &[("error", e.into()), ("attempt", m.attempts.into())])}</p> })}
                                        <pre class="mail-body">{m.body_redacted}</pre>
                                    </article>
                                }}).collect_view()}
                                <Pager page=p.page pages=pages total=p.total base="/admin/mail" />
                            </div>
                        }.into_any()
                    }
            }}
        </Loaded>
    }
}

/// What a mail's delivery status means, in words.
fn mail_status_label(status: &str) -> String {
    let key = match status {
        "pending" => k!("admin-mail-status-pending"),
        "sent" => k!("admin-mail-status-sent"),
        "logged" => k!("admin-mail-status-logged"),
        "failed" => k!("admin-mail-status-failed"),
        other => return other.to_string(),
    };
    use_l10n().t(key)
}

fn mail_status_tone(status: &str) -> &'static str {
    match status {
        "sent" => "success",
        "failed" => "danger",
        "pending" => "info",
        _ => "neutral",
    }
}
