//! Password hashing with argon2id at OWASP's parameters (m = 19 MiB, t = 2,
//! p = 1: the `argon2` crate's defaults). Hashing runs on the blocking pool,
//! at most `max_concurrent_hashes` at a time, each in a 19 MiB work buffer
//! that [`Hashing`] keeps for the next hash.
//!
//! Why the buffers are kept (issue 6): the crate allocates a fresh buffer
//! for every hash. With the allocator's mmap threshold fixed (see
//! `memory.rs`) that buffer is new pages each time, and faulting in 4,864
//! zeroed pages cost 16 ms of a 41 ms sign-in; with glibc's own threshold
//! the buffers came from the arenas and stayed there, fragmented, up to
//! 1.4 GB resident. Kept buffers cost neither: at most one per permit, and
//! a buffer nobody has used for [`IDLE`] is given back to the system.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

use crate::shared::validate;

/// A stored hash. Deliberately neither `Serialize` nor `Display`.
pub struct PasswordHashString(pub String);

impl std::fmt::Debug for PasswordHashString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHashString(..)")
    }
}

/// How long a spare work buffer is kept unused before it is freed.
pub const IDLE: Duration = Duration::from_secs(15);

fn params() -> Params {
    // Spelled out so a change of crate defaults cannot weaken us silently.
    Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters")
}

/// The permits for concurrent hashes and the work buffers they use.
pub struct Hashing {
    permits: Semaphore,
    /// Buffers not in use, the most recently used last.
    spare: Mutex<Vec<(Vec<Block>, Instant)>>,
    /// Passwords checked since start (what a guessing burst could cost).
    verified: std::sync::atomic::AtomicU64,
}

impl Hashing {
    /// At most `permits` hashes at once (and as many kept buffers).
    pub fn new(permits: usize) -> Hashing {
        Hashing {
            permits: Semaphore::new(permits.max(1)),
            spare: Mutex::new(Vec::new()),
            verified: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// How many passwords were checked against a hash since start.
    pub fn verifications(&self) -> u64 {
        self.verified.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A buffer of at least `blocks` blocks: a kept one when there is one.
    fn take(&self, blocks: usize) -> Vec<Block> {
        let kept = self.spare.lock().map(|mut s| s.pop()).unwrap_or(None);
        match kept {
            Some((buffer, _)) if buffer.len() >= blocks => buffer,
            _ => vec![Block::default(); blocks],
        }
    }

    /// Keeps `buffer` for the next hash, and frees those idle too long.
    fn give_back(&self, buffer: Vec<Block>) {
        if let Ok(mut spare) = self.spare.lock() {
            spare.push((buffer, Instant::now()));
            spare.retain(|(_, since)| since.elapsed() < IDLE);
        }
    }

    /// Frees the buffers unused for [`IDLE`] (the server calls it
    /// periodically, so memory goes back after a burst of sign-ins).
    pub fn trim(&self) {
        if let Ok(mut spare) = self.spare.lock() {
            spare.retain(|(_, since)| since.elapsed() < IDLE);
        }
    }

    /// How many buffers are kept now.
    pub fn kept(&self) -> usize {
        self.spare.lock().map(|s| s.len()).unwrap_or(0)
    }

    /// The raw argon2id output of `password` under `params` and `salt`.
    fn compute(
        &self,
        params: Params,
        password: &[u8],
        salt: &[u8],
        out: &mut [u8],
    ) -> Result<(), argon2::Error> {
        let blocks = params.block_count();
        let mut buffer = self.take(blocks);
        let result = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into_with_memory(password, salt, out, &mut buffer[..blocks]);
        self.give_back(buffer);
        result
    }
}

/// Frees idle work buffers every [`IDLE`], while the server runs.
pub fn spawn_trimmer(hashing: Arc<Hashing>) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(IDLE);
        loop {
            every.tick().await;
            hashing.trim();
        }
    });
}

/// A new PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`).
fn hash_blocking(hashing: &Hashing, password: &[u8]) -> anyhow::Result<String> {
    let err = |e: &dyn std::fmt::Display| anyhow::anyhow!("hashing failed: {e}");
    let params = params();
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| err(&e))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    hashing
        .compute(params.clone(), password, salt_raw, &mut out)
        .map_err(|e| err(&e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| err(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| err(&e))?),
    };
    Ok(phc.to_string())
}

/// Whether `password` matches the PHC string `stored` (argon2id only).
fn verify_blocking(hashing: &Hashing, password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    if parsed.algorithm != Algorithm::Argon2id.ident()
        || parsed
            .version
            .is_some_and(|v| v != u32::from(Version::V0x13))
    {
        return false;
    }
    let (Ok(params), Some(salt), Some(expected)) =
        (Params::try_from(&parsed), parsed.salt, parsed.hash)
    else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    if hashing
        .compute(params, password, salt_raw, &mut out)
        .is_err()
    {
        return false;
    }
    // `Output`'s equality is constant-time.
    Output::new(&out).is_ok_and(|computed| computed == expected)
}

pub async fn hash(hashing: &Arc<Hashing>, password: String) -> anyhow::Result<PasswordHashString> {
    let _permit = hashing.permits.acquire().await?;
    let hashing = hashing.clone();
    tokio::task::spawn_blocking(move || {
        hash_blocking(&hashing, password.as_bytes()).map(PasswordHashString)
    })
    .await?
}

/// Checks `password` against `stored`, or against a fixed dummy hash when the
/// account does not exist, so both cases cost the same time.
pub async fn verify(hashing: &Arc<Hashing>, password: String, stored: Option<String>) -> bool {
    let Ok(_permit) = hashing.permits.acquire().await else {
        return false;
    };
    hashing
        .verified
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let known = stored.is_some();
    let stored = stored.unwrap_or_else(|| dummy_hash().to_string());
    let hashing = hashing.clone();
    let ok = tokio::task::spawn_blocking(move || {
        verify_blocking(&hashing, password.as_bytes(), &stored)
    })
    .await
    .unwrap_or(false);
    ok && known
}

/// Whether a stored hash is weaker than what we hash with now (another
/// algorithm or version, or lower memory, time or parallelism cost), so a
/// successful sign-in should store a new one.
pub fn needs_rehash(stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return true;
    };
    let Ok(theirs) = Params::try_from(&parsed) else {
        return true;
    };
    let ours = params();
    parsed.algorithm != Algorithm::Argon2id.ident()
        || parsed.version != Some(u32::from(Version::V0x13))
        || theirs.m_cost() < ours.m_cost()
        || theirs.t_cost() < ours.t_cost()
        || theirs.p_cost() < ours.p_cost()
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_blocking(&Hashing::new(1), b"not-a-real-password-for-timing").expect("dummy hash")
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
pub fn policy(password: &str, email: &str) -> Result<(), crate::shared::l10n::Msg> {
    validate::password_shape(password)?;
    let lower = password.to_lowercase();
    if COMMON.lines().any(|c| c == lower) {
        return Err(crate::msg!("error-password-common"));
    }
    let email = email.to_lowercase();
    let local = email.split('@').next().unwrap_or("");
    if lower == email || (!local.is_empty() && lower == local) {
        return Err(crate::msg!("error-password-email"));
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
        let hashing = Arc::new(Hashing::new(2));
        let h = hash(&hashing, "tr0ub4dor&3x".into()).await.unwrap();
        assert!(h.0.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&hashing, "tr0ub4dor&3x".into(), Some(h.0.clone())).await);
        assert!(!verify(&hashing, "wrong".into(), Some(h.0)).await);
        assert!(!verify(&hashing, "not-a-real-password-for-timing".into(), None).await);
        assert!(!verify(&hashing, "x".into(), Some("not a hash".into())).await);
    }

    /// The kept-buffer path and the crate's own API agree both ways, so
    /// hashes stored before (or by another tool) still verify.
    #[test]
    fn agrees_with_the_crate() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let hashing = Hashing::new(1);
        let crate_hasher = Argon2::new(Algorithm::Argon2id, Version::V0x13, params());
        let salt = SaltString::generate(&mut OsRng);
        let theirs = crate_hasher
            .hash_password(b"lighthouse keeper", &salt)
            .unwrap()
            .to_string();
        assert!(verify_blocking(&hashing, b"lighthouse keeper", &theirs));
        assert!(!verify_blocking(&hashing, b"lighthouse keeper!", &theirs));
        let ours = hash_blocking(&hashing, b"lighthouse keeper").unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(crate_hasher
            .verify_password(b"lighthouse keeper", &parsed)
            .is_ok());
        assert!(crate_hasher.verify_password(b"other", &parsed).is_err());
        // A hash with other costs (a smaller one here) verifies too.
        let small = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"lighthouse keeper", &salt)
        .unwrap()
        .to_string();
        assert!(verify_blocking(&hashing, b"lighthouse keeper", &small));
    }

    /// Hashes below today's parameters are flagged for an upgrade; ours
    /// and stronger ones are not.
    #[test]
    fn weaker_hashes_need_a_rehash() {
        let salt = SaltString::generate(&mut OsRng);
        let with = |m, t, p| {
            use argon2::password_hash::PasswordHasher;
            Argon2::new(
                Algorithm::Argon2id,
                Version::V0x13,
                Params::new(m, t, p, None).unwrap(),
            )
            .hash_password(b"x", &salt)
            .unwrap()
            .to_string()
        };
        assert!(needs_rehash(&with(1024, 2, 1)));
        assert!(needs_rehash(&with(19 * 1024, 1, 1)));
        assert!(!needs_rehash(&with(19 * 1024, 2, 1)));
        assert!(!needs_rehash(&with(64 * 1024, 3, 1)));
        assert!(!needs_rehash(
            &hash_blocking(&Hashing::new(1), b"x").unwrap()
        ));
        assert!(needs_rehash("not a hash"));
    }

    /// One buffer per concurrent hash is kept and used again; idle ones go.
    #[test]
    fn buffers_are_kept_then_trimmed() {
        let hashing = Hashing::new(2);
        assert_eq!(hashing.kept(), 0);
        hash_blocking(&hashing, b"first").unwrap();
        assert_eq!(hashing.kept(), 1);
        let a = hashing.take(params().block_count());
        let b = hashing.take(params().block_count());
        assert_eq!(hashing.kept(), 0, "the kept one was handed out, one made");
        hashing.give_back(a);
        hashing.give_back(b);
        assert_eq!(hashing.kept(), 2);
        hashing.trim();
        assert_eq!(hashing.kept(), 2, "recently used ones stay");
        if let Ok(mut spare) = hashing.spare.lock() {
            for (_, since) in spare.iter_mut() {
                *since -= IDLE;
            }
        }
        hashing.trim();
        assert_eq!(hashing.kept(), 0, "idle ones are freed");
    }
}
