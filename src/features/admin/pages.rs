//! Staff and dev mail pages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{mail_list, staff_list, AdminInvite, AdminSetStatus};
use crate::shared::{Role, UserStatus};
use crate::ui::{
    action_error, format_date, format_datetime, status_tone, Badge, EmptyState, Field, FormError,
    Notice, Pager, SelectField,
};
use crate::ui::{use_viewer, AdminTabs, Loaded, Page};

fn page_param() -> Option<i64> {
    use_query_map()
        .read()
        .get("page")
        .and_then(|p| p.parse::<i64>().ok())
}

#[component]
pub fn StaffPage() -> impl IntoView {
    view! {
        <Page title="Vendor staff" roles=&[Role::VendorAdmin]>
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
    view! {
        <AdminTabs current="/admin/staff" />
        <div class="page-head">
            <div>
                <h1>"Vendor staff"</h1>
                <p class="muted">"Vendor admins run the program; channel managers look after the partner companies assigned to them."</p>
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
                                            <thead><tr><th scope="col">"Name"</th><th scope="col">"Role"</th><th scope="col">"Status"</th><th scope="col">"Last sign-in"</th><th scope="col"><span class="sr-only">"Actions"</span></th></tr></thead>
                                            <tbody>
                                                {p.items.into_iter().map(|m| {
                                                    let enable = m.status == UserStatus::Disabled;
                                                    view! {
                                                        <tr>
                                                            <td><div class="cell-main">{m.name.clone()}</div><div class="cell-sub">{m.email.clone()}</div></td>
                                                            <td>{m.role.label()}</td>
                                                            <td><Badge text=m.status.label() tone=status_tone(m.status.as_str()) /></td>
                                                            <td class="nowrap">{m.last_login_at.map(format_date).unwrap_or_else(|| "Never".into())}</td>
                                                            <td class="actions-cell">
                                                                {(m.id != me).then(|| view! {
                                                                    <ActionForm action=set_status>
                                                                        <input type="hidden" name="user_id" value=m.id />
                                                                        <input type="hidden" name="enable" value=enable.to_string() />
                                                                        <button class="btn btn-secondary btn-sm" type="submit">
                                                                            {if enable { "Enable" } else { "Disable" }}
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
                <h2 class="card-title">"Invite staff"</h2>
                {move || invited().then(|| view! { <Notice text="Invitation sent." /> })}
                <FormError error=invite_error />
                <ActionForm action=invite attr:class="stack" attr:novalidate=true>
                    <Field label="Name" name="name" error=invite_error required=true />
                    <Field label="Work e-mail" name="email" kind="email" error=invite_error required=true />
                    <SelectField label="Role" name="role" options=vec![("channel_manager".into(), "Channel manager".into()), ("vendor_admin".into(), "Vendor admin".into())] initial="channel_manager" error=invite_error />
                    <button class="btn btn-primary" type="submit">"Send invitation"</button>
                </ActionForm>
            </section>
        </div>
    }
}

#[component]
pub fn MailPage() -> impl IntoView {
    view! {
        <Page title="Mail log" roles=&[Role::VendorAdmin]>
            <MailBody />
        </Page>
    }
}

#[component]
fn MailBody() -> impl IntoView {
    let list = Resource::new(page_param, mail_list);
    view! {
        <AdminTabs current="/admin/mail" />
        <div class="page-head">
            <div>
                <h1>"Mail log"</h1>
                <p class="muted">"Every e-mail the portal sends, with its delivery status. Sign-in links (invitations, password resets) are hidden here: only the recipient's copy has them."</p>
            </div>
        </div>
        <Loaded resource=list let:loaded>
            {match loaded {
                    p if p.items.is_empty() => view! { <section class="card"><EmptyState title="No mail yet" text="Invitations and password resets will appear here." /></section> }.into_any(),
                    p => {
                        let pages = p.pages();
                        view! {
                            <div class="stack">
                                {p.items.into_iter().map(|m| view! {
                                    <article class="card mail">
                                        <header class="mail-head">
                                            <div>
                                                <h2 class="mail-subject">{m.subject}</h2>
                                                <p class="muted">{format!("To {} · {}", m.to_address, format_datetime(m.created_at))}</p>
                                            </div>
                                            <Badge text=mail_status_label(&m.status) tone=mail_status_tone(&m.status) />
                                        </header>
                                        {m.last_error.map(|e| view! { <p class="muted">{format!("{e} (attempt {})", m.attempts)}</p> })}
                                        <pre class="mail-body">{m.body_redacted}</pre>
                                    </article>
                                }).collect_view()}
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
    match status {
        "pending" => "Waiting to send",
        "sent" => "Sent",
        "logged" => "In the development log",
        "failed" => "Not sent",
        other => other,
    }
    .to_string()
}

fn mail_status_tone(status: &str) -> &'static str {
    match status {
        "sent" => "success",
        "failed" => "danger",
        "pending" => "info",
        _ => "neutral",
    }
}
