#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a workspace, so that two runs (cron and an analyst, say) never work
/// on it at once. Held with `flock` on `.lock`: the kernel releases it when the process ends,
/// however it ends, so a killed run never leaves a stale lock behind.
public final class WorkspaceLock {
    private let fd: Int32

    /// Takes the lock, waiting up to `wait` seconds; nil when another run still holds it.
    public init?(path: String, wait: Int) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        var waited = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard waited < wait * 10 else {
                close(fd)
                return nil
            }
            usleep(100_000)
            waited += 1
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
