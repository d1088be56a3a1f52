//! Password hashing with argon2id at OWASP's parameters (m = 19 MiB, t = 2,
//! p = 1: the `argon2` crate's defaults). Hashing runs on the blocking pool
//! and at most `max_concurrent_hashes` at a time.

use std::sync::{Arc, OnceLock};

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use crate::shared::validate;

/// A stored hash. Deliberately neither `Serialize` nor `Display`.
pub struct PasswordHashString(pub String);

impl std::fmt::Debug for PasswordHashString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHashString(..)")
    }
}

fn hasher() -> Argon2<'static> {
    // Spelled out so a change of crate defaults cannot weaken us silently.
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash(
    permits: &Arc<Semaphore>,
    password: String,
) -> anyhow::Result<PasswordHashString> {
    let _permit = permits.acquire().await?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| PasswordHashString(h.to_string()))
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// Checks `password` against `stored`, or against a fixed dummy hash when the
/// account does not exist, so both cases cost the same time.
pub async fn verify(permits: &Arc<Semaphore>, password: String, stored: Option<String>) -> bool {
    let Ok(_permit) = permits.acquire().await else {
        return false;
    };
    let known = stored.is_some();
    let stored = stored.unwrap_or_else(|| dummy_hash().to_string());
    let ok = tokio::task::spawn_blocking(move || match PasswordHash::new(&stored) {
        Ok(parsed) => hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    })
    .await
    .unwrap_or(false);
    ok && known
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(b"not-a-real-password-for-timing", &salt)
            .expect("dummy hash")
            .to_string()
    })
}

/// Computes the dummy hash at start-up so the first unknown-user login is
/// not faster than the rest.
pub fn warm_up() {
    let _ = dummy_hash();
}

static COMMON: &str = include_str!("common_passwords.txt");

/// The server's full password policy: length, not a common password, not the
/// e-mail address or its local part.
pub fn policy(password: &str, email: &str) -> Result<(), String> {
    validate::password_shape(password)?;
    let lower = password.to_lowercase();
    if COMMON.lines().any(|c| c == lower) {
        return Err("That password is too common. Choose one that is harder to guess.".into());
    }
    let email = email.to_lowercase();
    let local = email.split('@').next().unwrap_or("");
    if lower == email || (!local.is_empty() && lower == local) {
        return Err("Do not use your e-mail address as the password.".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The policy refuses short, common and e-mail-like passwords.
    #[test]
    fn policy_rules() {
        assert!(policy("short", "a@b.co").is_err());
        assert!(policy("password123", "a@b.co").is_err());
        assert!(
            policy("Password1", "a@b.co").is_err(),
            "case does not hide a common one"
        );
        assert!(policy("ada.lovelace", "ada.lovelace@x.io").is_err());
        assert!(policy("correct horse battery staple", "a@b.co").is_ok());
        assert!(
            policy(&"long-pass".repeat(8), "a@b.co").is_ok(),
            "64+ characters allowed"
        );
    }

    /// A hash verifies its password and nothing else; unknown users never pass.
    #[tokio::test]
    async fn hash_and_verify() {
        let permits = Arc::new(Semaphore::new(2));
        let h = hash(&permits, "tr0ub4dor&3x".into()).await.unwrap();
        assert!(h.0.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&permits, "tr0ub4dor&3x".into(), Some(h.0.clone())).await);
        assert!(!verify(&permits, "wrong".into(), Some(h.0)).await);
        assert!(!verify(&permits, "not-a-real-password-for-timing".into(), None).await);
    }
}
