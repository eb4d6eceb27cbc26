//! The computed lists that read a whole season or every unit (the season summary, the
//! money, the renewals and the reference groups' breaches) computed on a second,
//! read-only connection in a thread of their own, so the key that opens one never
//! waits for it: the list says "Beregner …" until the rows come, and the loop reads
//! them in while no key is waiting (as a filter with many hits is read on, see
//! `steps`).
//!
//! Off until [`Store::compute_in_background`] (the TUI turns it on; the command line
//! and the tests compute in place). Each job carries the store's generation, which
//! every change the store sees (its own write, a colleague's change) moves on; rows
//! computed before a change are dropped, so nothing stale is ever shown. The thread
//! takes only the latest job waiting, and ends when the store is dropped.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Instant;

use super::lists::{ListFilter, ListKind};
use super::rows::Row;
use super::{Counted, OpenMode, Result, Store};

/// What the thread is asked to compute: a list under a filter, as of a generation.
struct Job {
    kind: ListKind,
    filter: ListFilter,
    generation: u64,
}

/// What it sends back.
struct Done {
    job: Job,
    rows: Result<Vec<Row>>,
}

/// The thread's ends of the line, and the job last sent.
struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    pending: Option<(ListKind, ListFilter, u64)>,
}

/// The store's side: whether lists are computed in the thread, the thread once
/// started, and the generation.
#[derive(Default)]
pub(super) struct Background {
    on: Cell<bool>,
    generation: Cell<u64>,
    worker: RefCell<Option<Worker>>,
    /// A test's hold on the thread: one job a message (see [`Store::gate_background`]).
    gate: RefCell<Option<Receiver<()>>>,
}

impl Background {
    /// Moves the generation on: rows computed before now are not kept.
    pub(super) fn changed(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
    }
}

impl ListKind {
    /// Whether the list is computed in Rust rather than paged in SQL (see `views`).
    pub fn is_computed(self) -> bool {
        self.main_table().is_none()
    }

    /// Whether the list is computed in the thread when that is on: the computed lists
    /// whose cost grows with the data (the others have a few hundred rows at most).
    fn computed_aside(self) -> bool {
        matches!(
            self,
            ListKind::Summary | ListKind::Money | ListKind::Renewals | ListKind::Breaches
        )
    }
}

impl Store {
    /// Computes the lists that read all the data in a thread with its own connection
    /// from now on (see the module doc). For the TUI: a key never waits for them.
    pub fn compute_in_background(&self) {
        self.background.on.set(true);
    }

    /// For tests: the thread (started after this) runs one job for each `()` sent on
    /// the sender returned, and freely once it is dropped; so a test can look at a
    /// list while it is being computed, and change the data meanwhile.
    #[doc(hidden)]
    pub fn gate_background(&self) -> Sender<()> {
        let (release, gate) = mpsc::channel();
        *self.background.gate.borrow_mut() = Some(gate);
        release
    }

    /// For a list computed in the thread and not kept yet: asks for it if it is not
    /// asked for already, and waits for it until `until`. `Some` with no rows when it
    /// has not come by then; `None` when the list is kept now (or is not computed in
    /// the thread), so a count reads it from what is kept.
    pub(super) fn computed_until(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        until: Instant,
    ) -> Result<Option<Counted>> {
        if !self.background.on.get() || !kind.computed_aside() || self.is_kept(kind, filter) {
            return Ok(None);
        }
        self.ask(kind, filter);
        Ok(match self.wait(kind, filter, Some(until)) {
            Wait::Kept | Wait::Failed => None,
            Wait::NotYet => Some(Counted {
                rows: 0,
                exact: false,
            }),
        })
    }

    /// Whether the thread is computing `kind`'s list under `filter` now and its rows
    /// are kept once it is done: waiting for them is quicker than starting again.
    pub(super) fn awaited(&self, kind: ListKind, filter: &ListFilter) -> bool {
        let asked = self.background.worker.borrow().as_ref().is_some_and(|w| {
            w.pending.as_ref().is_some_and(|(k, f, g)| {
                *k == kind && f == filter && *g == self.background.generation.get()
            })
        });
        asked && matches!(self.wait(kind, filter, None), Wait::Kept)
    }

    /// Sends the job for `kind` under `filter`, starting the thread the first time,
    /// unless that job is the one last sent.
    fn ask(&self, kind: ListKind, filter: &ListFilter) {
        let generation = self.background.generation.get();
        let mut worker = self.background.worker.borrow_mut();
        let w = worker.get_or_insert_with(|| {
            start(self.path.clone(), self.background.gate.borrow_mut().take())
        });
        let same = w
            .pending
            .as_ref()
            .is_some_and(|(k, f, g)| *k == kind && f == filter && *g == generation);
        if same {
            return;
        }
        let job = Job {
            kind,
            filter: filter.clone(),
            generation,
        };
        w.pending = w
            .jobs
            .send(job)
            .is_ok()
            .then(|| (kind, filter.clone(), generation));
    }

    /// Keeps what the thread sends until the job asked for comes (or `until`
    /// passes): rows of the current generation are kept, older ones dropped.
    fn wait(&self, kind: ListKind, filter: &ListFilter, until: Option<Instant>) -> Wait {
        loop {
            let received = {
                let worker = self.background.worker.borrow();
                let Some(w) = worker.as_ref() else {
                    return Wait::Failed;
                };
                match until {
                    Some(t) => w
                        .done
                        .recv_timeout(t.saturating_duration_since(Instant::now())),
                    None => w.done.recv().map_err(|_| RecvTimeoutError::Disconnected),
                }
            };
            let done = match received {
                Ok(done) => done,
                Err(RecvTimeoutError::Timeout) => return Wait::NotYet,
                Err(RecvTimeoutError::Disconnected) => {
                    // The thread is gone: compute here from now on.
                    self.background.on.set(false);
                    *self.background.worker.borrow_mut() = None;
                    return Wait::Failed;
                }
            };
            let ours = done.job.kind == kind && done.job.filter == *filter;
            let current = done.job.generation == self.background.generation.get();
            let mut worker = self.background.worker.borrow_mut();
            if let Some(w) = worker.as_mut()
                && w.pending.as_ref().is_some_and(|(k, f, g)| {
                    *k == done.job.kind && *f == done.job.filter && *g == done.job.generation
                })
            {
                w.pending = None;
            }
            drop(worker);
            match done.rows {
                Ok(rows) if current => {
                    self.keep_computed(done.job.kind, done.job.filter, rows);
                    if ours {
                        return Wait::Kept;
                    }
                }
                // A failure is computed again here, where it is said.
                Err(_) if current && ours => return Wait::Failed,
                _ => {}
            }
        }
    }
}

/// How waiting for the thread ended.
enum Wait {
    /// The rows asked for are kept now.
    Kept,
    /// They have not come yet.
    NotYet,
    /// They will not come: compute them here.
    Failed,
}

/// Starts the thread on `path`. It opens its connection with the first job (a start
/// never waits for it), and forgets what it kept whenever the generation moves on.
fn start(path: PathBuf, gate: Option<Receiver<()>>) -> Worker {
    let (jobs, inbox) = mpsc::channel::<Job>();
    let (outbox, done) = mpsc::channel::<Done>();
    // Without a thread both lines are closed at once, and the first wait computes here.
    let _ = std::thread::Builder::new()
        .name("irf-compute".into())
        .spawn(move || {
            let mut store: Option<Store> = None;
            let mut seen = None;
            while let Ok(mut job) = inbox.recv() {
                if let Some(gate) = &gate {
                    let _ = gate.recv();
                }
                // Only the latest job waiting matters: the others were left behind.
                while let Ok(next) = inbox.try_recv() {
                    job = next;
                }
                let rows = match &store {
                    Some(s) => Ok(s),
                    None => Store::open(&path, OpenMode::ReadOnly).map(|s| &*store.insert(s)),
                }
                .and_then(|s| {
                    if seen != Some(job.generation) {
                        s.forget_hits();
                        seen = Some(job.generation);
                    }
                    s.computed_rows(job.kind, &job.filter)
                        .map(Option::unwrap_or_default)
                });
                if outbox.send(Done { job, rows }).is_err() {
                    break;
                }
            }
        });
    Worker {
        jobs,
        done,
        pending: None,
    }
}
