//! A node process's CPU time and memory, from `/proc` (Linux).

use std::{fs, path::Path};

/// Clock ticks a second of `/proc/<pid>/stat`'s times (`sysconf(_SC_CLK_TCK)`, 100 on Linux).
const TICKS_PER_SECOND: f64 = 100.0;

/// CPU seconds (user and system) the process used so far.
pub fn cpu_seconds(pid: u32) -> Option<f64> {
	let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
	// The fields after the command name (which may hold spaces), from field 3 (state).
	let rest = stat.rsplit_once(')')?.1;
	let fields: Vec<&str> = rest.split_whitespace().collect();
	let utime: f64 = fields.get(11)?.parse().ok()?;
	let stime: f64 = fields.get(12)?.parse().ok()?;
	Some((utime + stime) / TICKS_PER_SECOND)
}

/// The process's resident memory now, in bytes.
pub fn rss_bytes(pid: u32) -> Option<u64> {
	let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
	let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
	let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
	Some(kib * 1024)
}

/// The total size of the files under `dir`, in bytes.
pub fn dir_size(dir: &Path) -> u64 {
	let Ok(entries) = fs::read_dir(dir) else { return 0 };
	entries
		.filter_map(Result::ok)
		.map(|e| match e.metadata() {
			Ok(m) if m.is_dir() => dir_size(&e.path()),
			Ok(m) => m.len(),
			Err(_) => 0,
		})
		.sum()
}
