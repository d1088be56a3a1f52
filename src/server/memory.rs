//! The process's memory allocator settings (glibc).
//!
//! Two glibc defaults kept the server's memory far above what it used
//! (issue 6: up to 936 MB resident under the benchmark, 254 MB after
//! start):
//!
//! - Arenas: glibc gives threads up to 8 arenas per core, and each keeps
//!   the memory freed into it. The server's threads (tokio's workers, the
//!   blocking pool that hashes passwords, one thread per SQLite
//!   connection) spread over 16 arenas on two cores. Here: one per core,
//!   at least two.
//! - The mmap threshold: an allocation above it gets pages of its own,
//!   returned when freed; glibc raises the threshold to the size of any
//!   such block freed (up to 32 MiB), so after the first password hash
//!   (a 19 MiB argon2 buffer) every later one came from an arena and its
//!   memory stayed there. A fixed threshold keeps large buffers out of the
//!   arenas. (Password hashing now keeps a few buffers of its own, see
//!   `password.rs`, and frees them when idle.)
//!
//! `MALLOC_ARENA_MAX` or `MALLOC_MMAP_THRESHOLD_` in the environment win
//! over these, as glibc documents.

/// Blocks of this size or larger are mapped on their own and unmapped when
/// freed.
const MMAP_THRESHOLD: i32 = 1 << 20;

/// Applies the settings; call first thing in `main`, before any thread.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let arenas = i32::try_from(cores.max(2)).unwrap_or(i32::MAX);
        // SAFETY: mallopt only changes allocator parameters; called before
        // other threads exist.
        unsafe {
            if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
                libc::mallopt(libc::M_ARENA_MAX, arenas);
            }
            if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_none() {
                libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
            }
        }
    }
}
