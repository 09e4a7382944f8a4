#if canImport(Glibc)
import Glibc
#endif

let console = Console.process()
let status = CommandLineInterface.run(Array(CommandLine.arguments.dropFirst()), console: console)
console.out.flush()
console.err.flush()
exit(status.rawValue)
