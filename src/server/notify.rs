//! Telling people: an in-app notification and its e-mail, written in the
//! caller's transaction (so nobody is told of a change that did not
//! commit), one insert for many people. Every feature may call these; the
//! notifications feature owns only the bell and the list.

use sqlx::{AnyConnection, Row};

use crate::server::batch::{Arg, Batch};
use crate::server::now_ms;

/// Who decides a company's requests (registrations, MDF, tier changes):
/// its channel managers, or every vendor admin when none is assigned (or a
/// rule says so).
pub async fn approvers(
    conn: &mut AnyConnection,
    company_id: i64,
    admins_only: bool,
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    if !admins_only {
        let managers = assigned_managers(&mut *conn, company_id).await?;
        if !managers.is_empty() {
            return Ok(managers);
        }
    }
    let rows = sqlx::query(
        "SELECT id, name, email FROM users WHERE role = 'vendor_admin' AND status = 'active' ORDER BY id LIMIT 50",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

/// A company's active assigned channel managers: id, name, e-mail.
pub async fn assigned_managers(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT u.id, u.name, u.email FROM manager_assignments a JOIN users u ON u.id = a.manager_id \
         WHERE a.company_id = $1 AND u.status = 'active' ORDER BY u.id LIMIT 20",
    )
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect())
}

/// Notifies (in the app and by e-mail) whoever decides a company's
/// requests; see [`approvers`].
#[allow(clippy::too_many_arguments)]
pub async fn notify_approvers(
    conn: &mut AnyConnection,
    public_url: &str,
    company_id: i64,
    admins_only: bool,
    kind: &str,
    title: &str,
    body: &str,
    link: &str,
) -> Result<(), sqlx::Error> {
    let people: Vec<(i64, String)> = approvers(&mut *conn, company_id, admins_only)
        .await?
        .into_iter()
        .map(|(id, _, email)| (id, email))
        .collect();
    notify_many(conn, public_url, &people, kind, title, body, link).await
}

/// One in-app notification and its e-mail, for one person.
pub struct Note<'a> {
    pub user_id: i64,
    pub email: &'a str,
    pub kind: &'a str,
    pub title: &'a str,
    pub body: &'a str,
}

/// The same notification (in the app and by e-mail) for several people:
/// one insert for the notifications and one for their mails, however
/// many approvers a company has.
#[allow(clippy::too_many_arguments)]
pub async fn notify_many(
    conn: &mut AnyConnection,
    public_url: &str,
    people: &[(i64, String)],
    kind: &str,
    title: &str,
    body: &str,
    link: &str,
) -> Result<(), sqlx::Error> {
    let notes: Vec<Note> = people
        .iter()
        .map(|(user_id, email)| Note {
            user_id: *user_id,
            email,
            kind,
            title,
            body,
        })
        .collect();
    notify_all(conn, public_url, &notes, link).await
}

/// Notifications about one link, each with its own words: one insert for
/// the notifications and one for their mails, however many there are (one
/// round trip on SQLite).
pub async fn notify_all(
    conn: &mut AnyConnection,
    public_url: &str,
    notes: &[Note<'_>],
    link: &str,
) -> Result<(), sqlx::Error> {
    let mut batch = Batch::new();
    add_notes(&mut batch, public_url, notes, link);
    batch.run(conn).await
}

/// The two inserts of [`notify_all`], added to a batch.
pub fn add_notes(batch: &mut Batch, public_url: &str, notes: &[Note<'_>], link: &str) {
    if notes.is_empty() {
        return;
    }
    let now = now_ms();
    // Six placeholders a row, numbered on (both databases take `$n`).
    let values = || {
        (0..notes.len())
            .map(|i| {
                let n = i * 6;
                format!(
                    "(${}, ${}, ${}, ${}, ${}, ${})",
                    n + 1,
                    n + 2,
                    n + 3,
                    n + 4,
                    n + 5,
                    n + 6
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut args: Vec<Arg> = Vec::with_capacity(notes.len() * 6);
    for n in notes {
        args.extend([
            n.user_id.into(),
            n.kind.into(),
            n.title.into(),
            n.body.into(),
            link.into(),
            now.into(),
        ]);
    }
    batch.push_varying(
        format!(
            "INSERT INTO notifications (user_id, kind, title, body, link, created_at) VALUES {}",
            values()
        ),
        args,
    );
    let mut args: Vec<Arg> = Vec::with_capacity(notes.len() * 6);
    for n in notes {
        let text = format!(
            "{}\n\n{}\n\nOpen it in the partner portal:\n{public_url}{link}\n",
            n.title, n.body
        );
        args.extend([
            n.email.into(),
            n.title.into(),
            text.into(),
            n.kind.into(),
            now.into(),
            now.into(),
        ]);
    }
    batch.push_varying(
        format!(
            "INSERT INTO outbox (to_address, subject, body_text, kind, created_at, next_attempt_at) VALUES {}",
            values()
        ),
        args,
    );
}

/// An in-app notification and its e-mail, in the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn notify(
    conn: &mut AnyConnection,
    public_url: &str,
    user_id: i64,
    email: &str,
    kind: &str,
    title: &str,
    body: &str,
    link: &str,
) -> Result<(), sqlx::Error> {
    let note = Note {
        user_id,
        email,
        kind,
        title,
        body,
    };
    notify_all(conn, public_url, &[note], link).await
}
