//! Work on many items on every core, with results handed back in input order on the calling
//! thread (which may write to the store or stdout): `invoice analyse`, `deposit --batch`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::error::Result;

/// Runs `work` on `items` with `jobs` threads and calls `sink` with each result in input order.
/// `sink` returns false to stop early; the workers then stop after their current item.
pub fn for_each_ordered<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(usize, R) -> Result<bool>,
) -> Result<()> {
    let jobs = jobs.clamp(1, items.len().max(1));
    // Items go out in small chunks: fewer hand-offs between threads for small files.
    let chunk = (items.len() / (jobs * 16)).clamp(1, 8);
    let next = AtomicUsize::new(0);
    // Bounded, so that fast readers do not hold every file in memory ahead of the writer.
    let (tx, rx) = mpsc::sync_channel::<(usize, Vec<R>)>(jobs * 4);
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs {
            let (tx, next, work) = (tx.clone(), &next, &work);
            scope.spawn(move || {
                loop {
                    let start = next.fetch_add(chunk, Ordering::Relaxed);
                    if start >= items.len() {
                        break;
                    }
                    let end = (start + chunk).min(items.len());
                    let results = items[start..end].iter().map(work).collect();
                    if tx.send((start, results)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Owned here, so that stopping early drops it and releases the workers.
        let receiver = rx;
        let mut pending = BTreeMap::new();
        let mut due = 0;
        for (start, results) in receiver.iter() {
            pending.insert(start, results);
            while let Some(results) = pending.remove(&due) {
                for result in results {
                    due += 1;
                    if !sink(due - 1, result)? {
                        next.store(items.len(), Ordering::Relaxed);
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    })
}

/// The default number of workers: the machine's cores.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order_and_can_stop() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        for_each_ordered(
            &items,
            4,
            |x| x * 2,
            |i, r| {
                seen.push((i, r));
                Ok(true)
            },
        )
        .unwrap();
        assert_eq!(
            seen,
            items
                .iter()
                .map(|x| (*x as usize, x * 2))
                .collect::<Vec<_>>()
        );
        let mut count = 0;
        for_each_ordered(
            &items,
            4,
            |x| *x,
            |_, _| {
                count += 1;
                Ok(count < 10)
            },
        )
        .unwrap();
        assert_eq!(count, 10);
    }
}
