#if canImport(Glibc)
import Glibc
#endif

// Everything the engine creates (archive, receipts, ledger, reports) holds agencies' data and
// personal data: readable by the owner only (directories 0700, files 0600).
umask(0o077)
let console = Console.process()
let status = CommandLineInterface.run(Array(CommandLine.arguments.dropFirst()), console: console)
console.out.flush()
console.err.flush()
exit(status.rawValue)
