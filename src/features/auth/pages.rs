//! Sign-in, forgotten password, reset and invitation pages. These forms post
//! as plain HTML (a full page load sets or clears the session cookie), so
//! they behave the same with JavaScript on or off.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::api::{invitation, AcceptInvitation, ForgotPassword, Login, ResetPassword, Unlock};
use crate::t;
use crate::ui::{
    action_error, query_param as query, Field, FormError, Loading, Notice, PublicCard,
};

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<Login>::new();
    let error = action_error(action.value());
    let notice = if query("reset").is_some() {
        Some(t!("login-notice-reset"))
    } else if query("unlocked").is_some() {
        Some(t!("login-notice-unlocked"))
    } else if query("signed_out").is_some() {
        Some(t!("login-notice-signed-out"))
    } else {
        None
    };
    view! {
        <PublicCard title=t!("login-title") lead=t!("login-lead")>
            {notice.map(|n| view! { <Notice text=n /> })}
            <FormError error />
            <form method="post" action=Login::PATH class="stack" novalidate>
                <Field label=t!("field-email") name="email" kind="email" autocomplete="username" error required=true autofocus=true />
                <Field label=t!("field-password") name="password" kind="password" autocomplete="current-password" error required=true />
                <button class="btn btn-primary btn-block" type="submit">{t!("login-submit")}</button>
            </form>
            <p class="auth-foot"><a href="/forgot-password">{t!("login-forgot")}</a></p>
            <p class="auth-foot">{t!("login-apply")}" "<a href="/apply">{t!("login-apply-link")}</a></p>
        </PublicCard>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let action = ServerAction::<ForgotPassword>::new();
    let error = action_error(action.value());
    let sent = query("sent").is_some();
    view! {
        <PublicCard title=t!("forgot-title") lead=t!("forgot-lead")>
            {sent.then(|| view! { <Notice text=t!("forgot-sent") /> })}
            <FormError error />
            <form method="post" action=ForgotPassword::PATH class="stack" novalidate>
                <Field label=t!("field-email") name="email" kind="email" autocomplete="username" error required=true autofocus=true />
                <button class="btn btn-primary btn-block" type="submit">{t!("forgot-submit")}</button>
            </form>
            <p class="auth-foot"><a href="/login">{t!("auth-back-to-sign-in")}</a></p>
        </PublicCard>
    }
}

/// The page the unlock link opens. Following the link changes nothing by
/// itself (mail scanners open links): the button posts the token.
#[component]
pub fn UnlockPage() -> impl IntoView {
    let action = ServerAction::<Unlock>::new();
    let error = action_error(action.value());
    let token = query("token").unwrap_or_default();
    view! {
        <PublicCard title=t!("unlock-title") lead=t!("unlock-lead")>
            <FormError error />
            <form method="post" action=Unlock::PATH class="stack" novalidate>
                <input type="hidden" name="token" value=token />
                <button class="btn btn-primary btn-block" type="submit">{t!("unlock-submit")}</button>
            </form>
            <p class="auth-foot">{t!("unlock-foot")}" "<a href="/forgot-password">{t!("unlock-foot-link")}</a></p>
        </PublicCard>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action.value());
    let token = query("token").unwrap_or_default();
    view! {
        <PublicCard title=t!("reset-title")>
            <FormError error />
            <form method="post" action=ResetPassword::PATH class="stack" novalidate>
                <input type="hidden" name="token" value=token />
                <Field label=t!("reset-password") name="password" kind="password" autocomplete="new-password" error required=true autofocus=true hint=t!("password-hint") />
                <Field label=t!("reset-confirm") name="confirm" kind="password" autocomplete="new-password" error required=true />
                <button class="btn btn-primary btn-block" type="submit">{t!("reset-submit")}</button>
            </form>
        </PublicCard>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let action = ServerAction::<AcceptInvitation>::new();
    let error = action_error(action.value());
    let token = query("token").unwrap_or_default();
    let token_for_lookup = token.clone();
    let info = Resource::new(move || token_for_lookup.clone(), invitation);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match info.await {
                        Ok(Some(info)) => {
                            let lead = match &info.company_name {
                                Some(c) => t!("invitation-lead-partner", company = c, email = &info.email),
                                None => t!("invitation-lead-staff", email = &info.email),
                            };
                            view! {
                                <PublicCard title=t!("invitation-title") lead=lead>
                                    <FormError error />
                                    <form method="post" action=AcceptInvitation::PATH class="stack" novalidate>
                                        <input type="hidden" name="token" value=token />
                                        <Field label=t!("invitation-name") name="name" initial=info.name.clone() autocomplete="name" error required=true />
                                        <Field label=t!("invitation-password") name="password" kind="password" autocomplete="new-password" error required=true hint=t!("password-hint") />
                                        <Field label=t!("invitation-confirm") name="confirm" kind="password" autocomplete="new-password" error required=true />
                                        <button class="btn btn-primary btn-block" type="submit">{t!("invitation-submit")}</button>
                                    </form>
                                </PublicCard>
                            }
                            .into_any()
                        }
                        _ => view! {
                            <PublicCard title=t!("invitation-invalid-title") lead=t!("invitation-invalid-lead")>
                                <p class="auth-foot"><a href="/login">{t!("invitation-go-sign-in")}</a></p>
                            </PublicCard>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
