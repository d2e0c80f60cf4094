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
}
