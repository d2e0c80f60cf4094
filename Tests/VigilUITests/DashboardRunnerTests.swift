import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

/// The loop itself: what the user is told before a slow effect reaches the screen first.
@MainActor
struct DashboardRunnerTests {
    @Test func searchingIsOnScreenWhileTheSearchRuns() {
        let backend = TestBackend(size: Size(width: 120, height: 40))
        var updater = Updater()
        updater.indexedSearch = true
        let runner = DashboardRunner(backend: backend, state: Fixtures.state(), context: Fixtures.context, updater: updater)
        runner.draw()
        var screenDuringSearch = ""
        runner.perform = { effect in
            if case .search = effect { screenDuringSearch = backend.text() }
            return []
        }
        runner.send(.key(.character("/")))
        for character in "kettle" { runner.send(.key(.character(character))) }
        runner.send(.key(.enter))
        #expect(screenDuringSearch.contains("searching…"))
    }
}
