//! Telling people: an in-app notification and its e-mail, written in the
//! caller's transaction (so nobody is told of a change that did not
//! commit), one insert for many people. Every feature may call these; the
//! notifications feature owns only the bell and the list.

use sqlx::{AnyConnection, Row};

use crate::server::batch::{Arg, Batch};
use crate::server::now_ms;
use crate::shared::l10n::{use_l10n, Lang, Msg};
use crate::shared::Viewer;

/// Someone to tell, with the language and zone their e-mail is written in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub lang: Lang,
    pub tz: String,
}

impl Recipient {
    /// The signed-in person, in the language and zone of this request.
    pub fn viewer(v: &Viewer) -> Recipient {
        let l = use_l10n();
        Recipient {
            id: v.user_id,
            name: v.name.clone(),
            email: v.email.clone(),
            lang: l.lang(),
            tz: l.tz().name.clone(),
        }
    }

    /// From `id, name, email, locale, time_zone` (see [`RECIPIENT_COLUMNS`]).
    pub fn from_row(r: &sqlx::any::AnyRow, at: usize) -> Recipient {
        let lang: Option<String> = r.get(at + 3);
        let tz: Option<String> = r.get(at + 4);
        Recipient {
            id: r.get(at),
            name: r.get(at + 1),
            email: r.get(at + 2),
            lang: lang.as_deref().and_then(Lang::parse).unwrap_or_default(),
            tz: tz.unwrap_or_else(|| "UTC".into()),
        }
    }
}

/// The columns [`Recipient::from_row`] reads, from `users u`.
pub const RECIPIENT_COLUMNS: &str = "u.id, u.name, u.email, u.locale, u.time_zone";

/// Who decides a company's requests (registrations, MDF, tier changes):
/// its channel managers, or every vendor admin when none is assigned (or a
/// rule says so).
pub async fn approvers(
    conn: &mut AnyConnection,
    company_id: i64,
    admins_only: bool,
) -> Result<Vec<Recipient>, sqlx::Error> {
    if !admins_only {
        let managers = assigned_managers(&mut *conn, company_id).await?;
        if !managers.is_empty() {
            return Ok(managers);
        }
    }
    let rows = sqlx::query(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM users u WHERE u.role = 'vendor_admin' AND u.status = 'active' ORDER BY u.id LIMIT 50"
    ))
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.iter().map(|r| Recipient::from_row(r, 0)).collect())
}

/// A company's active assigned channel managers.
pub async fn assigned_managers(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Vec<Recipient>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM manager_assignments a JOIN users u ON u.id = a.manager_id \
         WHERE a.company_id = $1 AND u.status = 'active' ORDER BY u.id LIMIT 20"
    ))
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| Recipient::from_row(r, 0))
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
    title: &Msg,
    body: &Msg,
    link: &str,
) -> Result<(), sqlx::Error> {
    let people = approvers(&mut *conn, company_id, admins_only).await?;
    notify_many(conn, public_url, &people, kind, title, body, link).await
}

/// One in-app notification and its e-mail, for one person: the words are
/// messages, rendered in the app in the reader's language at each reading,
/// and in the e-mail in the recipient's.
pub struct Note<'a> {
    pub to: &'a Recipient,
    pub kind: &'a str,
    pub title: Msg,
    pub body: Msg,
}

/// The same notification (in the app and by e-mail) for several people:
/// one insert for the notifications and one for their mails, however
/// many approvers a company has.
#[allow(clippy::too_many_arguments)]
pub async fn notify_many(
    conn: &mut AnyConnection,
    public_url: &str,
    people: &[Recipient],
    kind: &str,
    title: &Msg,
    body: &Msg,
    link: &str,
) -> Result<(), sqlx::Error> {
    let notes: Vec<Note> = people
        .iter()
        .map(|to| Note {
            to,
            kind,
            title: title.clone(),
            body: body.clone(),
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
    // `width` placeholders a row, numbered on (both databases take `$n`).
    let values = |width: usize| {
        (0..notes.len())
            .map(|i| {
                let cells: Vec<String> =
                    (1..=width).map(|c| format!("${}", i * width + c)).collect();
                format!("({})", cells.join(", "))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let json = |m: &Msg| serde_json::to_string(m).unwrap_or_default();
    let english = super::l10n::for_lang(Lang::En, "UTC");
    let mut args: Vec<Arg> = Vec::with_capacity(notes.len() * 8);
    for n in notes {
        // English text beside the messages: what a reader sees should a
        // message ever not render (an old row, a removed key).
        args.extend([
            n.to.id.into(),
            n.kind.into(),
            english.msg(&n.title).into(),
            english.msg(&n.body).into(),
            json(&n.title).into(),
            json(&n.body).into(),
            link.into(),
            now.into(),
        ]);
    }
    batch.push_varying(
        format!(
            "INSERT INTO notifications (user_id, kind, title, body, title_msg, body_msg, link, created_at) VALUES {}",
            values(8)
        ),
        args,
    );
    let mut args: Vec<Arg> = Vec::with_capacity(notes.len() * 6);
    for n in notes {
        let l = super::l10n::for_lang(n.to.lang, &n.to.tz);
        let subject = l.msg(&n.title);
        let text = l.t_with(
            "mail-notification",
            &[
                ("title", subject.clone().into()),
                ("body", l.msg(&n.body).into()),
                ("link", format!("{public_url}{link}").into()),
            ],
        );
        args.extend([
            n.to.email.as_str().into(),
            subject.into(),
            text.into(),
            n.kind.into(),
            now.into(),
            now.into(),
        ]);
    }
    batch.push_varying(
        format!(
            "INSERT INTO outbox (to_address, subject, body_text, kind, created_at, next_attempt_at) VALUES {}",
            values(6)
        ),
        args,
    );
}

/// An in-app notification and its e-mail, in the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn notify(
    conn: &mut AnyConnection,
    public_url: &str,
    to: &Recipient,
    kind: &str,
    title: Msg,
    body: Msg,
    link: &str,
) -> Result<(), sqlx::Error> {
    let note = Note {
        to,
        kind,
        title,
        body,
    };
    notify_all(conn, public_url, &[note], link).await
}
