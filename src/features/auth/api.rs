//! Server functions for authentication. Thin: enter the guard, call the
//! store, set cookies and redirects.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::shared::{AppError, Viewer};

/// What the invitation page shows before the person sets a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationInfo {
    pub email: String,
    pub name: String,
    pub company_name: Option<String>,
}

#[server(endpoint = "auth/me")]
pub async fn current_viewer() -> Result<Option<Viewer>, AppError> {
    let cx = crate::server::guard::enter::<CurrentViewer>().await?;
    Ok(cx.viewer)
}

#[server(endpoint = "auth/login")]
pub async fn login(email: String, password: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<Login>().await?;
    let signed_in = super::store::login(&cx, &email, &password).await?;
    let cfg = &cx.state.config.session;
    crate::server::guard::set_response_header(
        http::header::SET_COOKIE,
        crate::server::session::set_cookie(cfg, &signed_in.session),
    );
    if let Some(device) = &signed_in.device {
        crate::server::guard::set_response_header(
            http::header::SET_COOKIE,
            crate::server::session::set_device_cookie(cfg, device),
        );
    }
    leptos_axum::redirect("/");
    Ok(())
}

/// Follows the unlock link e-mailed when failed sign-ins slowed the
/// account down: this browser may sign in despite the slowdown.
#[server(endpoint = "auth/unlock")]
pub async fn unlock(token: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<Unlock>().await?;
    let device = super::store::unlock(&cx, &token).await?;
    crate::server::guard::set_response_header(
        http::header::SET_COOKIE,
        crate::server::session::set_device_cookie(&cx.state.config.session, &device),
    );
    leptos_axum::redirect("/login?unlocked=1");
    Ok(())
}

#[server(endpoint = "auth/logout")]
pub async fn logout() -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<Logout>().await?;
    super::store::logout(&cx).await?;
    crate::server::guard::set_response_header(
        http::header::SET_COOKIE,
        crate::server::session::clear_cookie(&cx.state.config.session),
    );
    leptos_axum::redirect("/login?signed_out=1");
    Ok(())
}

#[server(endpoint = "auth/forgot-password")]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ForgotPassword>().await?;
    super::store::forgot_password(&cx, &email).await?;
    leptos_axum::redirect("/forgot-password?sent=1");
    Ok(())
}

#[server(endpoint = "auth/reset-password")]
pub async fn reset_password(
    token: String,
    password: String,
    confirm: String,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ResetPassword>().await?;
    super::store::reset_password(&cx, &token, &password, &confirm).await?;
    leptos_axum::redirect("/login?reset=1");
    Ok(())
}

#[server(endpoint = "auth/invitation")]
pub async fn invitation(token: String) -> Result<Option<InvitationInfo>, AppError> {
    let cx = crate::server::guard::enter::<Invitation>().await?;
    super::store::invitation(&cx, &token).await
}

#[server(endpoint = "auth/accept-invitation")]
pub async fn accept_invitation(
    token: String,
    name: String,
    password: String,
    confirm: String,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<AcceptInvitation>().await?;
    let secret = super::store::accept_invitation(&cx, &token, &name, &password, &confirm).await?;
    crate::server::guard::set_response_header(
        http::header::SET_COOKIE,
        crate::server::session::set_cookie(&cx.state.config.session, &secret),
    );
    leptos_axum::redirect("/?welcome=1");
    Ok(())
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    CurrentViewer => Public,
    Login => Public,
    Unlock => Public,
    Logout => Public,
    ForgotPassword => Public,
    ResetPassword => Public,
    Invitation => Public,
    AcceptInvitation => Public,
}
