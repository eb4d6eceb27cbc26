//! What reads all the data, done on a second, read-only connection in a thread of its
//! own, so no key waits for it:
//! - the computed lists whose cost grows with the data (the season summary, the
//!   money, the renewals, the reference groups' breaches): the list says
//!   "Beregner …" until the rows come, and the loop reads them in while no key is
//!   waiting (as a filter with many hits is read on, see `steps`).
//!
//! (The row counts of the panes' unfiltered lists and the queue's counts per status
//! need no thread: the triggers keep them, see `counts`.)
//!
//! Off until [`Store::compute_in_background`] (the TUI turns it on; the command line
//! and the tests compute in place). Each job carries the store's generation, which
//! every change the store sees (its own write, a colleague's change) moves on; what
//! was computed before a change is dropped, so nothing stale is ever shown. A list's
//! rows asked for again replace those asked before (the thread skips the old job if it
//! has not begun it). The thread ends when the store is dropped.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Instant;

use super::lists::{ListFilter, ListKind};
use super::rows::Row;
use super::{Counted, OpenMode, Result, Store};

/// What the thread is asked for.
#[derive(Debug, Clone, PartialEq)]
enum Ask {
    /// A computed list's rows.
    Rows(ListKind, ListFilter),
}

/// An ask as of a generation.
#[derive(Debug, Clone, PartialEq)]
struct Job {
    ask: Ask,
    generation: u64,
}

/// What the thread found.
enum Answer {
    Rows(Vec<Row>),
}

/// A job done.
struct Done {
    job: Job,
    answer: Result<Answer>,
}

/// The thread's ends of the line, and the jobs sent and not yet answered.
struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    pending: Vec<Job>,
}

/// The store's side: whether it computes aside, the thread once started, and the
/// generation.
#[derive(Default)]
pub(super) struct Background {
    on: Cell<bool>,
    generation: Cell<u64>,
    worker: RefCell<Option<Worker>>,
    /// A test's hold on the thread: one job a message (see [`Store::gate_background`]).
    gate: RefCell<Option<Receiver<()>>>,
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
    /// Does what reads all the data in a thread with its own connection from now on
    /// (see the module doc). For the TUI: a key never waits for it.
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

    /// Moves the generation on: what was computed before now is not kept.
    pub(super) fn data_changed(&self) {
        let b = &self.background;
        b.generation.set(b.generation.get().wrapping_add(1));
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
        let ask = Ask::Rows(kind, filter.clone());
        self.ask(ask.clone());
        Ok(match self.wait(&ask, Some(until)) {
            Wait::Kept | Wait::Failed => None,
            Wait::NotYet => Some(Counted {
                rows: 0,
                exact: false,
            }),
        })
    }

    /// Whether the thread is computing `kind`'s rows under `filter` now and they are
    /// kept once it is done: waiting for them is quicker than starting again.
    pub(super) fn awaited(&self, kind: ListKind, filter: &ListFilter) -> bool {
        self.await_asked(&Ask::Rows(kind, filter.clone()))
    }

    /// Waits for `ask` if the thread has it as of the current generation; true when
    /// its answer is kept then.
    fn await_asked(&self, ask: &Ask) -> bool {
        let job = Job {
            ask: ask.clone(),
            generation: self.background.generation.get(),
        };
        let asked = self
            .background
            .worker
            .borrow()
            .as_ref()
            .is_some_and(|w| w.pending.contains(&job));
        asked && matches!(self.wait(ask, None), Wait::Kept)
    }

    /// Sends `ask` as of the current generation, starting the thread the first time,
    /// unless it is sent already. Rows asked for replace the rows asked before.
    fn ask(&self, ask: Ask) {
        let job = Job {
            ask,
            generation: self.background.generation.get(),
        };
        let mut worker = self.background.worker.borrow_mut();
        let w = worker.get_or_insert_with(|| {
            start(self.path.clone(), self.background.gate.borrow_mut().take())
        });
        if w.pending.contains(&job) {
            return;
        }
        if matches!(job.ask, Ask::Rows(..)) {
            w.pending.retain(|j| !matches!(j.ask, Ask::Rows(..)));
        }
        if w.jobs.send(job.clone()).is_ok() {
            w.pending.push(job);
        }
    }

    /// Keeps what the thread sends until the answer to `ask` comes (or `until`
    /// passes): answers of the current generation are kept, older ones dropped.
    fn wait(&self, ask: &Ask, until: Option<Instant>) -> Wait {
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
                    // The thread is gone: do it all here from now on.
                    self.background.on.set(false);
                    *self.background.worker.borrow_mut() = None;
                    return Wait::Failed;
                }
            };
            if let Some(w) = self.background.worker.borrow_mut().as_mut() {
                w.pending.retain(|j| *j != done.job);
            }
            let ours = done.job.ask == *ask;
            if done.job.generation != self.background.generation.get() {
                continue;
            }
            match done.answer {
                Ok(answer) => {
                    self.keep_answer(done.job.ask, answer);
                    if ours {
                        return Wait::Kept;
                    }
                }
                // A failure is done again here, where it is said.
                Err(_) if ours => return Wait::Failed,
                Err(_) => {}
            }
        }
    }

    /// Keeps an answer of the current generation where the store keeps its kind.
    fn keep_answer(&self, ask: Ask, answer: Answer) {
        match (ask, answer) {
            (Ask::Rows(kind, filter), Answer::Rows(rows)) => self.keep_computed(kind, filter, rows),
        }
    }

    /// The thread's answer to `ask`.
    fn answer(&self, ask: &Ask) -> Result<Answer> {
        Ok(match ask {
            Ask::Rows(kind, filter) => {
                Answer::Rows(self.computed_rows(*kind, filter)?.unwrap_or_default())
            }
        })
    }
}

/// How waiting for the thread ended.
enum Wait {
    /// The answer asked for is kept now.
    Kept,
    /// It has not come yet.
    NotYet,
    /// It will not come: do it here.
    Failed,
}

/// Starts the thread on `path`. It opens its connection with the first job (a start
/// never waits for it), and forgets what it kept whenever the generation moves on.
/// Without a thread both lines are closed at once, and the first wait does it here.
fn start(path: PathBuf, gate: Option<Receiver<()>>) -> Worker {
    let (jobs, inbox) = mpsc::channel::<Job>();
    let (outbox, done) = mpsc::channel::<Done>();
    let _ = std::thread::Builder::new()
        .name("irf-compute".into())
        .spawn(move || {
            let mut store: Option<Store> = None;
            let mut seen = None;
            while let Ok(first) = inbox.recv() {
                if let Some(gate) = &gate {
                    let _ = gate.recv();
                }
                // Of the rows waiting, only the latest asked for are computed.
                let mut waiting = vec![first];
                waiting.extend(inbox.try_iter());
                let last_rows = waiting.iter().rposition(|j| matches!(j.ask, Ask::Rows(..)));
                for (i, job) in waiting.into_iter().enumerate() {
                    if matches!(job.ask, Ask::Rows(..)) && Some(i) != last_rows {
                        continue;
                    }
                    let answer = match &store {
                        Some(s) => Ok(s),
                        None => Store::open(&path, OpenMode::ReadOnly).map(|s| &*store.insert(s)),
                    }
                    .and_then(|s| {
                        if seen != Some(job.generation) {
                            s.forget_hits();
                            seen = Some(job.generation);
                        }
                        s.answer(&job.ask)
                    });
                    if outbox.send(Done { job, answer }).is_err() {
                        return;
                    }
                }
            }
        });
    Worker {
        jobs,
        done,
        pending: Vec::new(),
    }
}
