//! Rebuilds the crate when a migration changes: `sqlx::migrate!` embeds
//! the files at compile time, and cargo tracks only Rust sources on its
//! own, so a new or edited migration alone left the old set in the binary.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
