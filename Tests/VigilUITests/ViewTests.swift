import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

@Suite struct ViewTests {
    func trimmed(_ lines: [String]) -> [String] {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func gridLayoutAt120x40() {
        let lines = trimmed(Fixtures.render(Fixtures.state()))
        #expect(lines.count == 40)
        #expect(Array(lines[0...5]) == [
            " Vigil  social monitoring                                                                                   11-21 10:00",
            "┌─ 1 Mentions (2) ─────────────────────────────────────────┐┌─ 2 Comments (3) ─────────────────────────────────────────┐",
            "│! Time        Pl Author            Reach Text             ││! Snt Time        Pl Author           Text                │",
            "│  11-21 09:55 X  @alice             1.2k Kettlebird One a…││  [=] 11-21 09:30 RD @bob             How do I descale it?│",
            "│  11-21 08:00 MA @dieter            1.2k Neuer Wasserkoch…││  [-] 11-21 08:30 IG @carla           Lid broke after a w…│",
            "│                                                          ││  [+] 11-19 10:00 FO @glitch          Great kettle ␛[2J␛]…│",
        ])
        #expect(Array(lines[19...22]) == [
            "┌─ 3 Pending replies (2) ──────────────────────────────────┐┌─ 4 Crisis alerts (0) ────────────────────────────────────┐",
            "│!  Age Pl Author           Text                           ││No crisis alerts. Volume spikes, negative surges and      │",
            "│    1h IG @carla           Lid broke after a week 😡      ││crisis keywords raise alerts here.                        │",
            "│   30m RD @bob             How do I descale it?           ││                                                          │",
        ])
        #expect(lines[38] == " 5 mentions · 1 negative · 2 pending · 0 active alerts · source: fixtures")
        #expect(lines[39] == " Tab  next pane  j/↓  down  k/↑  up  Enter  open detail  q  quit  ?  help  R  mark replied  d  dismiss")
    }

    @Test func tabbedLayoutAt80x24ShowsAllPaneTitles() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        var lines = trimmed(Fixtures.render(state))
        #expect(lines[0] == " Vigil  1 Mentions  2 Comments  3 Pending replies  4 Crisis alerts  11-21 10:00")
        #expect(lines[1] == "┌─ 1 Mentions (2) ─────────────────────────────────────────────────────────────┐")
        #expect(lines[3] == "│  11-21 09:55 X  @alice             1.2k Kettlebird One arrived, looks great …│")
        _ = Updater().update(&state, .key(.character("3")))
        lines = trimmed(Fixtures.render(state))
        #expect(lines[1] == "┌─ 3 Pending replies (2) ──────────────────────────────────────────────────────┐")
        #expect(lines[3] == "│    1h IG @carla           Lid broke after a week 😡                          │")
    }

    @Test func selectionIsHighlightedOnlyInTheFocusedPaneStyle() {
        let grid = DashboardView.render(Fixtures.state(), context: Fixtures.context)
        let theme = Fixtures.context.theme
        #expect(grid[5, 3].style == theme[.selected])        // Mentions row 1, focused
        #expect(grid[70, 3].style == theme[.selectedUnfocused])  // Comments row 1, not focused
        #expect(grid[63, 4].style == theme.sentiment(.negative)) // the [-] badge keeps its colour
    }

    @Test func detailViewShowsEverythingSanitized() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        state.overlays = [.detail(MentionID(platform: .forum, nativeID: "5"), scroll: 0)]
        let lines = trimmed(Fixtures.render(state))
        #expect(Array(lines[1...10]) == [
            "┌─ Mention detail ─────────────────────────────────────────────────────────────┐",
            "│ Author       Glitch @glitch · 1.2k followers                                 │",
            "│ Platform     Forum · comment · lang en                                       │",
            "│ Time         2026-11-19 10:00:00 UTC (2d ago)                                │",
            "│ Sentiment    [+] positive (from feed: \"positive\")                            │",
            "│ Metrics      likes 3  shares 1  replies 0                                    │",
            "│ URL          https://example.com/5                                           │",
            "│ ID           forum:5                                                         │",
            "│                                                                              │",
            "│ Great kettle ␛[2J␛]0;pwned␇ lol                                              │",
        ])
        #expect(lines[23] == " j/↓  down  k/↑  up  q/Esc  back  ?  help  R  mark replied  d  dismiss")
    }

    @Test func longTextWrapsInDetail() {
        let long = Fixtures.mention("7", minutesAgo: 1, text: String(repeating: "word ", count: 60) + "end")
        var state = Fixtures.state(size: Size(width: 60, height: 24), mentions: [long])
        state.overlays = [.detail(long.id, scroll: 0)]
        let lines = trimmed(Fixtures.render(state))
        let body = lines[10...].filter { $0.hasPrefix("│ word") }
        #expect(body.count >= 5)
        #expect(body.allSatisfy { $0.count <= 60 })
        #expect(lines.contains { $0.contains("word end") })
    }

    @Test func emptyPanesSayWhatWouldAppear() {
        let lines = Fixtures.render(Fixtures.state(mentions: [])).joined(separator: "\n")
        #expect(lines.contains("No mentions yet."))
        #expect(lines.contains("No comments yet."))
        #expect(lines.contains("Nothing waits for a reply."))
        #expect(lines.contains("No crisis alerts."))
    }

    @Test func alertsPaneListsSeverityTitleAndCount() {
        let alert = Alert(id: "a1", ruleID: "crisis-terms", severity: .critical, state: .firing, title: "Recall talk surging",
                          summary: "42 mentions of recall terms in 30m", count: 42, startedAt: Fixtures.now)
        let lines = Fixtures.render(Fixtures.state(alerts: [alert]))
        #expect(lines[21].contains("CRITICAL FIRE  11-21 10:00 Recall talk surging: 42 …"))
        #expect(lines[21].contains("42│"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let lines = trimmed(Fixtures.render(Fixtures.state(size: Size(width: 30, height: 10))))
        let text = lines.joined(separator: " ")
        #expect(text.contains("terminal too small (30×10,"))
        #expect(text.contains("need 40×10)"))
        // Degenerate sizes do not crash.
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 40, height: 10), Size(width: 300, height: 80)] {
            _ = Fixtures.render(Fixtures.state(size: size))
        }
    }

    @Test func helpOverlayIsGeneratedFromTheKeymap() {
        var state = Fixtures.state(size: Size(width: 140, height: 120))  // tall enough for every binding
        state.overlays = [.help(scroll: 0)]
        let text = Fixtures.render(state).joined(separator: "\n")
        for binding in Keymap.standard.bindings(in: .dashboard) {
            #expect(text.contains(Keymap.label(binding)) && text.contains(binding.help), "\(binding.action)")
        }
    }

    @Test func asciiGlyphs() {
        var context = Fixtures.context
        context.glyphs = .ascii
        let lines = DashboardView.render(Fixtures.state(), context: context).lines()
        #expect(lines[1].hasPrefix("+- 1 Mentions (2) ---"))
        #expect(lines.allSatisfy { !$0.contains("─") && !$0.contains("│") })
    }
}

@Suite struct ThemeTests {
    @Test func bundledThemesParse() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("Themes").path
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files).isSuperset(of: ["dark.yaml", "light.yaml", "high-contrast.yaml", "monochrome.yaml"]))
        for file in files {
            _ = try ThemeLoader.load(path: directory + "/" + file)
            // Every role is set by the file itself, not inherited from the dark default.
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            let missing = Theme.Role.allCases.filter { !text.contains("\n\($0.rawValue):") }
            #expect(missing.isEmpty, "\(file) leaves out \(missing)")
        }
        // The files and the built-in themes agree.
        let dark = try ThemeLoader.load(path: directory + "/dark.yaml")
        #expect(Theme.Role.allCases.allSatisfy { dark[$0] == Theme.dark[$0] })
        let monochrome = try ThemeLoader.load(path: directory + "/monochrome.yaml")
        #expect(Theme.Role.allCases.allSatisfy { monochrome[$0] == Theme.monochrome[$0] })
        #expect(Theme.Role.allCases.allSatisfy { monochrome[$0].foreground == .default && monochrome[$0].background == .default })
    }

    @Test func coloursDegradeToWhatTheTerminalHas() {
        #expect(Color.rgb(0xFF, 0x87, 0x00).degraded(to: .palette256) == .indexed(208))
        #expect(Color.indexed(196).degraded(to: .sixteen) == .ansi(9))
        #expect(Color.brightRed.degraded(to: .eight) == .red)
        #expect(Color.brightBlack.degraded(to: .eight) == .white, "grey stays readable on a dark screen")
        #expect(Color.indexed(24).degraded(to: .none) == .default)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], terminalColors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 8) == .eight)
    }

    @Test func badThemeLinesAreNamed() {
        #expect(throws: ThemeLoader.Failure.self) { try ThemeLoader.parse("text: red\nbogus: blue\n", name: "t", file: "t.yaml") }
        do {
            _ = try ThemeLoader.parse("text: red\nselected: purple on black\n", name: "t", file: "t.yaml")
            Issue.record("expected a failure")
        } catch let failure as ThemeLoader.Failure {
            #expect(failure.description == "t.yaml:2: unknown colour 'purple'")
        } catch {
            Issue.record("unexpected \(error)")
        }
        let theme = try? ThemeLoader.parse("selected: \"#ff0000 on 17 bold\"", name: "t")
        #expect(theme?[.selected] == Style(foreground: .rgb(255, 0, 0), background: .indexed(17), attributes: .bold))
    }
}

@Suite struct EmptyFilterViewTests {
    @Test func aFilterThatMatchesNothingSaysSo() throws {
        var state = Fixtures.state()
        state.feed.setFilter(try MentionFilter(parsing: "platform:youtube", now: Fixtures.now))
        let screen = Fixtures.render(state).joined(separator: "\n")
        #expect(screen.contains("Nothing matches the filter"), "\(screen)")
        #expect(!screen.contains("No mentions yet"))
        // The alerts pane is not filtered and keeps its own hint.
        #expect(screen.contains("No crisis alerts"))
    }

    @Test func withoutAFilterAnEmptyPaneSaysWhatWouldAppear() {
        let screen = Fixtures.render(Fixtures.state(mentions: [])).joined(separator: "\n")
        #expect(screen.contains("No mentions yet"))
        #expect(!screen.contains("Nothing matches"))
    }
}
