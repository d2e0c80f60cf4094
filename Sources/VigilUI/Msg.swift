import Foundation
import VigilCore
import VigilTerminal

/// Everything that can happen to the dashboard: keys, time, and data arriving.
public enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    case tick(Date)
    case mentionsArrived([Mention])
    case alertsChanged([Alert])
    case importIssues(count: Int)
    case stopRequested
}

/// What `update` asks the outside world to do.
public enum Effect: Equatable, Sendable {
    case quit
    /// Take ownership of an alert (recorded with who and when).
    case acknowledgeAlert(id: String)
    /// Silence an alert's rule and key for an hour of event time.
    case silenceAlert(id: String)
}
