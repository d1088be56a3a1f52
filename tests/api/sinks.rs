//! What the server sends outside itself, caught for the tests: its log
//! lines (scanned for secrets after every test) and its e-mail (a small
//! SMTP server on port 0, the test-only mail sink).

use std::sync::{Arc, Mutex, OnceLock};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Every log event of the test process, one entry each.
fn log_events() -> &'static Mutex<Vec<String>> {
    static EVENTS: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    EVENTS.get_or_init(|| Mutex::new(Vec::new()))
}

struct CaptureWriter;

impl std::io::Write for CaptureWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf).into_owned();
        if let Ok(mut events) = log_events().lock() {
            events.push(text);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Sends the process's log, at the level production logs (info), to the
/// capture. Once per process; the servers the tests start log here.
pub fn capture_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
            .with_ansi(false)
            .with_writer(|| CaptureWriter)
            .try_init();
    });
}

/// The captured log events so far.
pub fn logged() -> Vec<String> {
    log_events().lock().map(|e| e.clone()).unwrap_or_default()
}

/// The passwords the tests type (the demo one and those they choose).
const PASSWORDS: &[&str] = &[
    partner_portal::host::demo::DEMO_PASSWORD,
    "brand-new-secret",
    "a-long-passphrase",
    "not-the-password",
];

/// Whether `word` looks like one of the server's secrets: 256 random bits
/// in URL-safe base64 (sessions, one-time links, device cookies) are
/// exactly 43 characters with upper case, lower case and digits.
fn is_secret_like(word: &str) -> bool {
    word.len() == 43
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
        && word.chars().any(|c| c.is_ascii_digit())
}

/// The secrets in one log event, if any.
pub fn secrets_in(event: &str) -> Vec<String> {
    let mut found: Vec<String> = event
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| is_secret_like(w))
        .map(String::from)
        .collect();
    found.extend(
        PASSWORDS
            .iter()
            .filter(|p| event.contains(*p))
            .map(|p| p.to_string()),
    );
    found
}

/// SECURITY.md target 11: no password, session id or one-time token in any
/// log line. The development mail log, which prints mail on purpose and
/// only in development mode, is the one exception.
pub fn assert_no_secret_logged() {
    for event in logged() {
        if event.contains("portal::dev_mail") {
            continue;
        }
        let secrets = secrets_in(&event);
        assert!(
            secrets.is_empty(),
            "a secret ({secrets:?}) reached the log: {event}"
        );
    }
}

/// A test-only SMTP server: accepts every message and keeps its raw text.
#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    messages: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let kept = messages.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(converse(socket, kept.clone()));
            }
        });
        SmtpSink { port, messages }
    }

    /// The messages received, each decoded from quoted-printable.
    pub fn messages(&self) -> Vec<String> {
        self.messages
            .lock()
            .map(|m| m.iter().map(|raw| decode_qp(raw)).collect())
            .unwrap_or_default()
    }
}

/// One SMTP conversation, just enough of RFC 5321 for lettre.
async fn converse(socket: tokio::net::TcpStream, messages: Arc<Mutex<Vec<String>>>) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
    while let Ok(Some(line)) = lines.next_line().await {
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "DATA" => {
                let _ = write.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await;
                let mut text = String::new();
                while let Ok(Some(l)) = lines.next_line().await {
                    if l == "." {
                        break;
                    }
                    text.push_str(l.strip_prefix('.').unwrap_or(&l));
                    text.push('\n');
                }
                if let Ok(mut m) = messages.lock() {
                    m.push(text);
                }
                b"250 kept\r\n"
            }
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => b"250 ok\r\n",
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}

/// Undoes quoted-printable soft breaks and `=XX` escapes (lettre may use
/// it for long lines).
fn decode_qp(raw: &str) -> String {
    let joined = raw.replace("=\n", "");
    let mut out = Vec::with_capacity(joined.len());
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The token of the first `token=` link in `text`.
pub fn token_in(text: &str) -> Option<String> {
    let after = text.split("token=").nth(1)?;
    let token: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}

#[test]
fn secrets_are_recognised() {
    let secret = "Ab3_-x".to_string() + &"k".repeat(37);
    assert_eq!(
        secrets_in(&format!("token={secret}&x")),
        vec![secret.clone()]
    );
    assert!(secrets_in("portal_test_18a2b3c4d5e6f7 audit hash 0f0f").is_empty());
    assert_eq!(decode_qp("a=3Db=\nc"), "a=bc");
    assert_eq!(token_in("x?token=abc_D-1 y").as_deref(), Some("abc_D-1"));
}
