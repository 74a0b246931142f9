//! Loopback ports for processes a test starts itself (a service binary, a restarted one).
//!
//! Binding port 0 hands out a port of the kernel's ephemeral range (32768 and up on Linux), the
//! same range every outgoing connection of the machine takes its local port from. A test that
//! binds port 0, closes it and gives the number to a child process races all of them: under a
//! busy test run another connection takes the port first now and then, and the child fails
//! with "address in use". Ports below that range are handed out by nobody but tests like this,
//! so they are picked here, and never twice by one test process.

use std::collections::HashSet;
use std::net::{SocketAddr, TcpListener};
use std::sync::Mutex;

/// Where [`free_port`] looks: above the registered services most machines run (up to 10000 or
/// so) and below the ephemeral range.
const RANGE: std::ops::Range<u16> = 20_000..32_000;

static HANDED_OUT: Mutex<Option<HashSet<u16>>> = Mutex::new(None);

/// A loopback port nothing listens on now, outside the ephemeral range, not handed out before
/// by this process.
///
/// # Panics
/// When no port of the range can be bound (the loopback interface is unusable).
#[must_use]
pub fn free_port() -> u16 {
    let mut handed_out = HANDED_OUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let handed_out = handed_out.get_or_insert_with(HashSet::new);
    // Start somewhere different in each test process, so that concurrent test binaries (other
    // checkouts on the same machine) seldom try the same ports.
    let span = RANGE.end - RANGE.start;
    let seed = std::process::id()
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.subsec_nanos());
    let first = u16::try_from(seed % u32::from(span)).unwrap_or(0);
    for step in 0..span {
        let port = RANGE.start + (first + step) % span;
        if !handed_out.contains(&port) && TcpListener::bind(("127.0.0.1", port)).is_ok() {
            handed_out.insert(port);
            return port;
        }
    }
    panic!("no free loopback port in {RANGE:?}");
}

/// [`free_port`] on 127.0.0.1.
#[must_use]
pub fn free_addr() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], free_port()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_are_outside_the_ephemeral_range_and_never_repeat() {
        let ports: Vec<u16> = (0..200).map(|_| free_port()).collect();
        assert!(ports.iter().all(|port| RANGE.contains(port)));
        let distinct: HashSet<u16> = ports.iter().copied().collect();
        assert_eq!(distinct.len(), ports.len());
        // Each can be bound by whoever it is handed to.
        TcpListener::bind(free_addr()).expect("the port binds");
    }
}
