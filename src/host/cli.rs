//! The `portal` command line: `serve` (default), `migrate`, `demo-data`,
//! `create-user`, `run-jobs`, `generate`, `rollups`, `audit-verify`.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::AppState;

#[derive(Parser)]
#[command(name = "portal", version, about = "Partner Portal server")]
struct Cli {
    /// Configuration file (default: Leptos.toml in the working directory,
    /// or $PORTAL_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default). Applies pending migrations first.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load the demo vendor, partners and logins (safe to run again).
    DemoData,
    /// Run the background jobs once (deal expiry, reminders, SLA
    /// escalation) and exit; the server also runs them every minute.
    RunJobs,
    /// Fill the database with generated, skewed data for benchmarks and
    /// scale tests, on top of the demo data (deterministic for a seed).
    /// Every generated user has the demo password.
    Generate {
        /// tiny (50 companies, 2,000 deals), small (500, 50,000), medium
        /// (2,000, 200,000) or full (10,000 companies, 100,000 users,
        /// 1,000,000 deals); the counts below override it.
        #[arg(long, default_value = "small")]
        preset: String,
        #[arg(long)]
        companies: Option<usize>,
        #[arg(long)]
        users: Option<usize>,
        #[arg(long)]
        deals: Option<usize>,
        #[arg(long)]
        mdf_requests: Option<usize>,
        #[arg(long)]
        audit: Option<usize>,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Check the rollups (the vendor dashboard's daily ones, the home
    /// pages' open-deal and incentive totals, the tier rules' daily wins
    /// and decisions) against the rows they sum (the default), or
    /// recompute them with --rebuild.
    /// Triggers keep them exact; this is for after a hand edit of the
    /// database with triggers off, or a restore of part of the tables.
    Rollups {
        #[arg(long)]
        rebuild: bool,
    },
    /// Verify the audit log: every chain's hashes from the start, and every
    /// anchored chain head (audit.anchor_file, or --anchors) still present,
    /// so edited, removed and cut-off entries are all found. Exits non-zero
    /// on any finding.
    AuditVerify {
        /// Anchor file to check (default: the configured audit.anchor_file;
        /// a copy kept elsewhere is better still).
        #[arg(long)]
        anchors: Option<PathBuf>,
    },
    /// Create an active user. The password is read from PORTAL_PASSWORD or,
    /// if unset, from the first line of standard input; never from argv.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// vendor_admin, channel_manager, partner_admin or partner_user
        #[arg(long)]
        role: String,
        /// Partner company name (partner roles only).
        #[arg(long)]
        company: Option<String>,
    },
}

pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("PORTAL_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    let db = Db::connect(&config.database_url, config.database_max_connections)
        .await?
        .with_group_commit(config.database_group_commit);
    db.migrate().await?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let address = config.address;
            let state = AppState::new(db, config);
            crate::host::http::serve(state, address).await
        }
        Command::Migrate => {
            println!("migrations applied ({})", db.dialect.name());
            Ok(())
        }
        Command::DemoData => {
            let state = AppState::new(db, config);
            crate::host::demo::load(&state).await?;
            crate::host::demo::print_logins();
            Ok(())
        }
        Command::RunJobs => {
            let state = AppState::new(db, config);
            let ran = crate::server::jobs::run_once(&state)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            if ran.is_empty() {
                println!("every job is being run by another server right now");
            }
            for (job, detail) in ran {
                println!("{job}: {detail}");
            }
            Ok(())
        }
        Command::Generate {
            preset,
            companies,
            users,
            deals,
            mdf_requests,
            audit,
            seed,
        } => {
            let base = crate::host::generate::Plan::preset(&preset).ok_or_else(|| {
                anyhow::anyhow!("unknown preset {preset:?}: tiny, small, medium or full")
            })?;
            let mut plan = crate::host::generate::Plan::scaled(
                companies.unwrap_or(base.companies),
                users.unwrap_or(base.users),
                deals.unwrap_or(base.deals),
            );
            plan.mdf_requests = mdf_requests.unwrap_or(plan.mdf_requests);
            plan.audit = audit.unwrap_or(plan.audit);
            plan.seed = seed;
            eprintln!(
                "generating into the {} database: {plan:?}",
                db.dialect.name()
            );
            let state = AppState::new(db, config);
            let report = crate::host::generate::run(&state, &plan).await?;
            for line in &report.lines {
                println!("{line}");
            }
            println!("generated in {:.1} s", report.seconds);
            Ok(())
        }
        Command::Rollups { rebuild } => {
            if rebuild {
                crate::server::rollups::rebuild(&db).await?;
                println!("rollups rebuilt");
                return Ok(());
            }
            let wrong = crate::server::rollups::check(&db).await?;
            for line in wrong.iter().take(50) {
                println!("{line}");
            }
            anyhow::ensure!(
                wrong.is_empty(),
                "{} rollup rows differ from the deals and points; run `portal rollups --rebuild`",
                wrong.len()
            );
            println!("rollups match the deals and points");
            Ok(())
        }
        Command::AuditVerify { anchors } => {
            if let Some(id) = crate::server::audit::verify_chain(&db).await? {
                anyhow::bail!(
                    "audit log: entry {id} does not match its chain (edited or removed entries)"
                );
            }
            println!("audit log: every chain verifies");
            let path = anchors.unwrap_or_else(|| PathBuf::from(&config.audit_anchor_file));
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    println!("no anchor file at {} (nothing to compare)", path.display());
                    return Ok(());
                }
                Err(e) => return Err(e.into()),
            };
            let (checked, missing) = crate::server::audit::check_anchors(&db, &text).await?;
            for line in missing.iter().take(50) {
                println!("{line}");
            }
            anyhow::ensure!(
                missing.is_empty(),
                "audit log: {} of {checked} anchors are missing (a cut tail or a replaced log)",
                missing.len()
            );
            println!(
                "audit log: {checked} anchors from {} present",
                path.display()
            );
            Ok(())
        }
        Command::CreateUser {
            email,
            name,
            role,
            company,
        } => {
            let password = read_password()?;
            let state = AppState::new(db, config);
            let id = crate::host::demo::create_user(
                &state,
                &email,
                &name,
                &role,
                company.as_deref(),
                &password,
            )
            .await?;
            println!("created user {id} ({email})");
            Ok(())
        }
    }
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("PORTAL_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin().take(4096).read_to_string(&mut line)?;
    let password = line.lines().next().unwrap_or("").to_string();
    anyhow::ensure!(
        !password.is_empty(),
        "give the password in PORTAL_PASSWORD or on standard input"
    );
    Ok(password)
}
