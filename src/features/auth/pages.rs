//! Sign-in, forgotten password, reset and invitation pages. These forms post
//! as plain HTML (a full page load sets or clears the session cookie), so
//! they behave the same with JavaScript on or off.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::api::{invitation, AcceptInvitation, ForgotPassword, Login, ResetPassword, Unlock};
use crate::ui::{action_error, Field, FormError, Loading, Notice};

#[component]
fn AuthCard(
    title: &'static str,
    #[prop(optional)] lead: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <Title text=title />
        <main class="auth-main" id="main">
            <div class="auth-brand">
                <span class="brand-mark" aria-hidden="true">"P"</span>
                <span class="brand-name">"Partner Portal"</span>
            </div>
            <section class="card auth-card">
                <h1>{title}</h1>
                {lead.map(|l| view! { <p class="muted">{l}</p> })}
                {children()}
            </section>
        </main>
    }
}

fn query(name: &'static str) -> Option<String> {
    use_query_map().read_untracked().get(name)
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<Login>::new();
    let error = action_error(action.value());
    let notice = if query("reset").is_some() {
        Some("Your password was changed. Sign in with the new one.")
    } else if query("unlocked").is_some() {
        Some(
            "This browser may sign in now, whatever happens elsewhere. Sign in with your password.",
        )
    } else if query("signed_out").is_some() {
        Some("You are signed out.")
    } else {
        None
    };
    view! {
        <AuthCard title="Sign in" lead="Deals, funds, training and your money, in one place.".to_string()>
            {notice.map(|n| view! { <Notice text=n /> })}
            <FormError error />
            <form method="post" action=Login::PATH class="stack" novalidate>
                <Field label="E-mail" name="email" kind="email" autocomplete="username" error required=true autofocus=true />
                <Field label="Password" name="password" kind="password" autocomplete="current-password" error required=true />
                <button class="btn btn-primary btn-block" type="submit">"Sign in"</button>
            </form>
            <p class="auth-foot"><a href="/forgot-password">"Forgot your password?"</a></p>
        </AuthCard>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let action = ServerAction::<ForgotPassword>::new();
    let error = action_error(action.value());
    let sent = query("sent").is_some();
    view! {
        <AuthCard title="Reset your password" lead="We will e-mail you a link to choose a new password.".to_string()>
            {sent.then(|| view! { <Notice text="If an account exists for that address, a reset link is on its way. It works once and expires in an hour." /> })}
            <FormError error />
            <form method="post" action=ForgotPassword::PATH class="stack" novalidate>
                <Field label="E-mail" name="email" kind="email" autocomplete="username" error required=true autofocus=true />
                <button class="btn btn-primary btn-block" type="submit">"Send reset link"</button>
            </form>
            <p class="auth-foot"><a href="/login">"Back to sign in"</a></p>
        </AuthCard>
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
        <AuthCard title="Sign in from this browser" lead="Failed sign-in attempts from elsewhere slowed your account down. This lets this browser sign in with your password anyway.".to_string()>
            <FormError error />
            <form method="post" action=Unlock::PATH class="stack" novalidate>
                <input type="hidden" name="token" value=token />
                <button class="btn btn-primary btn-block" type="submit">"Let this browser sign in"</button>
            </form>
            <p class="auth-foot">"Not you trying to sign in? Your password was not changed and nobody got in; "<a href="/forgot-password">"choosing a new password"</a>" is still a good idea."</p>
        </AuthCard>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action.value());
    let token = query("token").unwrap_or_default();
    view! {
        <AuthCard title="Choose a new password">
            <FormError error />
            <form method="post" action=ResetPassword::PATH class="stack" novalidate>
                <input type="hidden" name="token" value=token />
                <Field label="New password" name="password" kind="password" autocomplete="new-password" error required=true autofocus=true hint="At least 8 characters. Long passphrases are welcome." />
                <Field label="Repeat the new password" name="confirm" kind="password" autocomplete="new-password" error required=true />
                <button class="btn btn-primary btn-block" type="submit">"Save new password"</button>
            </form>
        </AuthCard>
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
                                Some(c) => format!("You are joining {c} on the partner portal as {}.", info.email),
                                None => format!("You are joining the vendor team as {}.", info.email),
                            };
                            view! {
                                <AuthCard title="Accept your invitation" lead=lead>
                                    <FormError error />
                                    <form method="post" action=AcceptInvitation::PATH class="stack" novalidate>
                                        <input type="hidden" name="token" value=token />
                                        <Field label="Your name" name="name" initial=info.name.clone() autocomplete="name" error required=true />
                                        <Field label="Choose a password" name="password" kind="password" autocomplete="new-password" error required=true hint="At least 8 characters. Long passphrases are welcome." />
                                        <Field label="Repeat the password" name="confirm" kind="password" autocomplete="new-password" error required=true />
                                        <button class="btn btn-primary btn-block" type="submit">"Join and sign in"</button>
                                    </form>
                                </AuthCard>
                            }
                            .into_any()
                        }
                        _ => view! {
                            <AuthCard title="This invitation is not valid" lead="The link has expired or was already used. Ask your administrator to send a new invitation.".to_string()>
                                <p class="auth-foot"><a href="/login">"Go to sign in"</a></p>
                            </AuthCard>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
